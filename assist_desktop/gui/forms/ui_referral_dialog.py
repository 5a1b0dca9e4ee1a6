# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'referral_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from assist_desktop.gui.widgets import DateEdit

class Ui_ReferralDialog(object):
    def setupUi(self, ReferralDialog):
        if not ReferralDialog.objectName():
            ReferralDialog.setObjectName(u"ReferralDialog")
        ReferralDialog.resize(560, 420)
        self.layout = QVBoxLayout(ReferralDialog)
        self.layout.setObjectName(u"layout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(8)
        self.f_organisationLabel = QLabel(ReferralDialog)
        self.f_organisationLabel.setObjectName(u"f_organisationLabel")

        self.fieldsLayout.addWidget(self.f_organisationLabel, 0, 0, 1, 1)

        self.f_organisation = QLineEdit(ReferralDialog)
        self.f_organisation.setObjectName(u"f_organisation")
        self.f_organisation.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_organisation, 0, 1, 1, 1)

        self.f_domainLabel = QLabel(ReferralDialog)
        self.f_domainLabel.setObjectName(u"f_domainLabel")

        self.fieldsLayout.addWidget(self.f_domainLabel, 1, 0, 1, 1)

        self.f_domain = QComboBox(ReferralDialog)
        self.f_domain.setObjectName(u"f_domain")

        self.fieldsLayout.addWidget(self.f_domain, 1, 1, 1, 1)

        self.f_referred_onLabel = QLabel(ReferralDialog)
        self.f_referred_onLabel.setObjectName(u"f_referred_onLabel")

        self.fieldsLayout.addWidget(self.f_referred_onLabel, 2, 0, 1, 1)

        self.f_referred_on = DateEdit(ReferralDialog)
        self.f_referred_on.setObjectName(u"f_referred_on")

        self.fieldsLayout.addWidget(self.f_referred_on, 2, 1, 1, 1)

        self.f_consent_given = QCheckBox(ReferralDialog)
        self.f_consent_given.setObjectName(u"f_consent_given")

        self.fieldsLayout.addWidget(self.f_consent_given, 3, 1, 1, 1)

        self.f_statusLabel = QLabel(ReferralDialog)
        self.f_statusLabel.setObjectName(u"f_statusLabel")

        self.fieldsLayout.addWidget(self.f_statusLabel, 4, 0, 1, 1)

        self.f_status = QComboBox(ReferralDialog)
        self.f_status.setObjectName(u"f_status")

        self.fieldsLayout.addWidget(self.f_status, 4, 1, 1, 1)

        self.f_contactLabel = QLabel(ReferralDialog)
        self.f_contactLabel.setObjectName(u"f_contactLabel")

        self.fieldsLayout.addWidget(self.f_contactLabel, 5, 0, 1, 1)

        self.f_contact = QLineEdit(ReferralDialog)
        self.f_contact.setObjectName(u"f_contact")
        self.f_contact.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_contact, 5, 1, 1, 1)

        self.f_outcomeLabel = QLabel(ReferralDialog)
        self.f_outcomeLabel.setObjectName(u"f_outcomeLabel")

        self.fieldsLayout.addWidget(self.f_outcomeLabel, 6, 0, 1, 1)

        self.f_outcome = QPlainTextEdit(ReferralDialog)
        self.f_outcome.setObjectName(u"f_outcome")
        self.f_outcome.setTabChangesFocus(True)
        self.f_outcome.setMaximumSize(QSize(16777215, 72))

        self.fieldsLayout.addWidget(self.f_outcome, 6, 1, 1, 1)

        self.f_outcome_onLabel = QLabel(ReferralDialog)
        self.f_outcome_onLabel.setObjectName(u"f_outcome_onLabel")

        self.fieldsLayout.addWidget(self.f_outcome_onLabel, 7, 0, 1, 1)

        self.f_outcome_on = DateEdit(ReferralDialog)
        self.f_outcome_on.setObjectName(u"f_outcome_on")

        self.fieldsLayout.addWidget(self.f_outcome_on, 7, 1, 1, 1)


        self.layout.addLayout(self.fieldsLayout)

        self.messageLabel = QLabel(ReferralDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ReferralDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.f_organisationLabel.setBuddy(self.f_organisation)
        self.f_domainLabel.setBuddy(self.f_domain)
        self.f_referred_onLabel.setBuddy(self.f_referred_on)
        self.f_statusLabel.setBuddy(self.f_status)
        self.f_contactLabel.setBuddy(self.f_contact)
        self.f_outcomeLabel.setBuddy(self.f_outcome)
        self.f_outcome_onLabel.setBuddy(self.f_outcome_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.f_organisation, self.f_domain)
        QWidget.setTabOrder(self.f_domain, self.f_referred_on)
        QWidget.setTabOrder(self.f_referred_on, self.f_consent_given)
        QWidget.setTabOrder(self.f_consent_given, self.f_status)
        QWidget.setTabOrder(self.f_status, self.f_contact)
        QWidget.setTabOrder(self.f_contact, self.f_outcome)
        QWidget.setTabOrder(self.f_outcome, self.f_outcome_on)

        self.retranslateUi(ReferralDialog)

        QMetaObject.connectSlotsByName(ReferralDialog)
    # setupUi

    def retranslateUi(self, ReferralDialog):
        ReferralDialog.setWindowTitle(QCoreApplication.translate("ReferralDialog", u"Referral", None))
#if QT_CONFIG(accessibility)
        ReferralDialog.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Referral", None))
#endif // QT_CONFIG(accessibility)
        self.f_organisationLabel.setText(QCoreApplication.translate("ReferralDialog", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.f_organisation.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.f_domainLabel.setText(QCoreApplication.translate("ReferralDialog", u"&Area:", None))
#if QT_CONFIG(accessibility)
        self.f_domain.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Area", None))
#endif // QT_CONFIG(accessibility)
        self.f_referred_onLabel.setText(QCoreApplication.translate("ReferralDialog", u"&Referred on:", None))
#if QT_CONFIG(accessibility)
        self.f_referred_on.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Referred on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.f_consent_given.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"She consented to the referral", None))
#endif // QT_CONFIG(accessibility)
        self.f_consent_given.setText(QCoreApplication.translate("ReferralDialog", u"She &consented to the referral", None))
        self.f_statusLabel.setText(QCoreApplication.translate("ReferralDialog", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.f_status.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.f_contactLabel.setText(QCoreApplication.translate("ReferralDialog", u"Con&tact:", None))
#if QT_CONFIG(accessibility)
        self.f_contact.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Contact", None))
#endif // QT_CONFIG(accessibility)
        self.f_outcomeLabel.setText(QCoreApplication.translate("ReferralDialog", u"O&utcome:", None))
#if QT_CONFIG(accessibility)
        self.f_outcome.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.f_outcome_onLabel.setText(QCoreApplication.translate("ReferralDialog", u"Outcome &on:", None))
#if QT_CONFIG(accessibility)
        self.f_outcome_on.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Outcome on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

