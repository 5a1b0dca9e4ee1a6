# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'identification_dialog.ui'
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

class Ui_IdentificationDialog(object):
    def setupUi(self, IdentificationDialog):
        if not IdentificationDialog.objectName():
            IdentificationDialog.setObjectName(u"IdentificationDialog")
        IdentificationDialog.resize(900, 420)
        self.layout = QVBoxLayout(IdentificationDialog)
        self.layout.setObjectName(u"layout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(8)
        self.f_processLabel = QLabel(IdentificationDialog)
        self.f_processLabel.setObjectName(u"f_processLabel")

        self.fieldsLayout.addWidget(self.f_processLabel, 0, 0, 1, 1)

        self.f_process = QComboBox(IdentificationDialog)
        self.f_process.setObjectName(u"f_process")

        self.fieldsLayout.addWidget(self.f_process, 0, 1, 1, 1)

        self.f_referring_organisationLabel = QLabel(IdentificationDialog)
        self.f_referring_organisationLabel.setObjectName(u"f_referring_organisationLabel")

        self.fieldsLayout.addWidget(self.f_referring_organisationLabel, 1, 0, 1, 1)

        self.f_referring_organisation = QLineEdit(IdentificationDialog)
        self.f_referring_organisation.setObjectName(u"f_referring_organisation")
        self.f_referring_organisation.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_referring_organisation, 1, 1, 1, 1)

        self.f_referrer_contactLabel = QLabel(IdentificationDialog)
        self.f_referrer_contactLabel.setObjectName(u"f_referrer_contactLabel")

        self.fieldsLayout.addWidget(self.f_referrer_contactLabel, 2, 0, 1, 1)

        self.f_referrer_contact = QLineEdit(IdentificationDialog)
        self.f_referrer_contact.setObjectName(u"f_referrer_contact")
        self.f_referrer_contact.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_referrer_contact, 2, 1, 1, 1)

        self.f_competent_authorityLabel = QLabel(IdentificationDialog)
        self.f_competent_authorityLabel.setObjectName(u"f_competent_authorityLabel")

        self.fieldsLayout.addWidget(self.f_competent_authorityLabel, 3, 0, 1, 1)

        self.f_competent_authority = QComboBox(IdentificationDialog)
        self.f_competent_authority.setObjectName(u"f_competent_authority")

        self.fieldsLayout.addWidget(self.f_competent_authority, 3, 1, 1, 1)

        self.f_referral_dateLabel = QLabel(IdentificationDialog)
        self.f_referral_dateLabel.setObjectName(u"f_referral_dateLabel")

        self.fieldsLayout.addWidget(self.f_referral_dateLabel, 4, 0, 1, 1)

        self.f_referral_date = DateEdit(IdentificationDialog)
        self.f_referral_date.setObjectName(u"f_referral_date")

        self.fieldsLayout.addWidget(self.f_referral_date, 4, 1, 1, 1)

        self.f_duty_to_notify_only = QCheckBox(IdentificationDialog)
        self.f_duty_to_notify_only.setObjectName(u"f_duty_to_notify_only")

        self.fieldsLayout.addWidget(self.f_duty_to_notify_only, 5, 1, 1, 1)

        self.f_reasonable_grounds_onLabel = QLabel(IdentificationDialog)
        self.f_reasonable_grounds_onLabel.setObjectName(u"f_reasonable_grounds_onLabel")

        self.fieldsLayout.addWidget(self.f_reasonable_grounds_onLabel, 6, 0, 1, 1)

        self.f_reasonable_grounds_on = DateEdit(IdentificationDialog)
        self.f_reasonable_grounds_on.setObjectName(u"f_reasonable_grounds_on")

        self.fieldsLayout.addWidget(self.f_reasonable_grounds_on, 6, 1, 1, 1)

        self.f_reasonable_groundsLabel = QLabel(IdentificationDialog)
        self.f_reasonable_groundsLabel.setObjectName(u"f_reasonable_groundsLabel")

        self.fieldsLayout.addWidget(self.f_reasonable_groundsLabel, 7, 0, 1, 1)

        self.f_reasonable_grounds = QComboBox(IdentificationDialog)
        self.f_reasonable_grounds.setObjectName(u"f_reasonable_grounds")

        self.fieldsLayout.addWidget(self.f_reasonable_grounds, 7, 1, 1, 1)

        self.f_recovery_period_startLabel = QLabel(IdentificationDialog)
        self.f_recovery_period_startLabel.setObjectName(u"f_recovery_period_startLabel")

        self.fieldsLayout.addWidget(self.f_recovery_period_startLabel, 8, 0, 1, 1)

        self.f_recovery_period_start = DateEdit(IdentificationDialog)
        self.f_recovery_period_start.setObjectName(u"f_recovery_period_start")

        self.fieldsLayout.addWidget(self.f_recovery_period_start, 8, 1, 1, 1)

        self.f_recovery_period_endLabel = QLabel(IdentificationDialog)
        self.f_recovery_period_endLabel.setObjectName(u"f_recovery_period_endLabel")

        self.fieldsLayout.addWidget(self.f_recovery_period_endLabel, 9, 0, 1, 1)

        self.f_recovery_period_end = DateEdit(IdentificationDialog)
        self.f_recovery_period_end.setObjectName(u"f_recovery_period_end")

        self.fieldsLayout.addWidget(self.f_recovery_period_end, 9, 1, 1, 1)

        self.f_conclusive_grounds_onLabel = QLabel(IdentificationDialog)
        self.f_conclusive_grounds_onLabel.setObjectName(u"f_conclusive_grounds_onLabel")

        self.fieldsLayout.addWidget(self.f_conclusive_grounds_onLabel, 0, 2, 1, 1)

        self.f_conclusive_grounds_on = DateEdit(IdentificationDialog)
        self.f_conclusive_grounds_on.setObjectName(u"f_conclusive_grounds_on")

        self.fieldsLayout.addWidget(self.f_conclusive_grounds_on, 0, 3, 1, 1)

        self.f_conclusive_groundsLabel = QLabel(IdentificationDialog)
        self.f_conclusive_groundsLabel.setObjectName(u"f_conclusive_groundsLabel")

        self.fieldsLayout.addWidget(self.f_conclusive_groundsLabel, 1, 2, 1, 1)

        self.f_conclusive_grounds = QComboBox(IdentificationDialog)
        self.f_conclusive_grounds.setObjectName(u"f_conclusive_grounds")

        self.fieldsLayout.addWidget(self.f_conclusive_grounds, 1, 3, 1, 1)

        self.f_findingLabel = QLabel(IdentificationDialog)
        self.f_findingLabel.setObjectName(u"f_findingLabel")

        self.fieldsLayout.addWidget(self.f_findingLabel, 2, 2, 1, 1)

        self.f_finding = QComboBox(IdentificationDialog)
        self.f_finding.setObjectName(u"f_finding")

        self.fieldsLayout.addWidget(self.f_finding, 2, 3, 1, 1)

        self.f_reconsideration_requested_onLabel = QLabel(IdentificationDialog)
        self.f_reconsideration_requested_onLabel.setObjectName(u"f_reconsideration_requested_onLabel")

        self.fieldsLayout.addWidget(self.f_reconsideration_requested_onLabel, 3, 2, 1, 1)

        self.f_reconsideration_requested_on = DateEdit(IdentificationDialog)
        self.f_reconsideration_requested_on.setObjectName(u"f_reconsideration_requested_on")

        self.fieldsLayout.addWidget(self.f_reconsideration_requested_on, 3, 3, 1, 1)

        self.f_reconsideration_outcomeLabel = QLabel(IdentificationDialog)
        self.f_reconsideration_outcomeLabel.setObjectName(u"f_reconsideration_outcomeLabel")

        self.fieldsLayout.addWidget(self.f_reconsideration_outcomeLabel, 4, 2, 1, 1)

        self.f_reconsideration_outcome = QComboBox(IdentificationDialog)
        self.f_reconsideration_outcome.setObjectName(u"f_reconsideration_outcome")

        self.fieldsLayout.addWidget(self.f_reconsideration_outcome, 4, 3, 1, 1)

        self.f_reconsideration_decided_onLabel = QLabel(IdentificationDialog)
        self.f_reconsideration_decided_onLabel.setObjectName(u"f_reconsideration_decided_onLabel")

        self.fieldsLayout.addWidget(self.f_reconsideration_decided_onLabel, 5, 2, 1, 1)

        self.f_reconsideration_decided_on = DateEdit(IdentificationDialog)
        self.f_reconsideration_decided_on.setObjectName(u"f_reconsideration_decided_on")

        self.fieldsLayout.addWidget(self.f_reconsideration_decided_on, 5, 3, 1, 1)

        self.f_appeal_lodged_onLabel = QLabel(IdentificationDialog)
        self.f_appeal_lodged_onLabel.setObjectName(u"f_appeal_lodged_onLabel")

        self.fieldsLayout.addWidget(self.f_appeal_lodged_onLabel, 6, 2, 1, 1)

        self.f_appeal_lodged_on = DateEdit(IdentificationDialog)
        self.f_appeal_lodged_on.setObjectName(u"f_appeal_lodged_on")

        self.fieldsLayout.addWidget(self.f_appeal_lodged_on, 6, 3, 1, 1)

        self.f_guidance_versionLabel = QLabel(IdentificationDialog)
        self.f_guidance_versionLabel.setObjectName(u"f_guidance_versionLabel")

        self.fieldsLayout.addWidget(self.f_guidance_versionLabel, 7, 2, 1, 1)

        self.f_guidance_version = QLineEdit(IdentificationDialog)
        self.f_guidance_version.setObjectName(u"f_guidance_version")
        self.f_guidance_version.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_guidance_version, 7, 3, 1, 1)

        self.f_notesLabel = QLabel(IdentificationDialog)
        self.f_notesLabel.setObjectName(u"f_notesLabel")

        self.fieldsLayout.addWidget(self.f_notesLabel, 8, 2, 1, 1)

        self.f_notes = QPlainTextEdit(IdentificationDialog)
        self.f_notes.setObjectName(u"f_notes")
        self.f_notes.setTabChangesFocus(True)
        self.f_notes.setMaximumSize(QSize(16777215, 72))

        self.fieldsLayout.addWidget(self.f_notes, 8, 3, 1, 1)


        self.layout.addLayout(self.fieldsLayout)

        self.messageLabel = QLabel(IdentificationDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(IdentificationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.f_processLabel.setBuddy(self.f_process)
        self.f_referring_organisationLabel.setBuddy(self.f_referring_organisation)
        self.f_referrer_contactLabel.setBuddy(self.f_referrer_contact)
        self.f_competent_authorityLabel.setBuddy(self.f_competent_authority)
        self.f_referral_dateLabel.setBuddy(self.f_referral_date)
        self.f_reasonable_grounds_onLabel.setBuddy(self.f_reasonable_grounds_on)
        self.f_reasonable_groundsLabel.setBuddy(self.f_reasonable_grounds)
        self.f_recovery_period_startLabel.setBuddy(self.f_recovery_period_start)
        self.f_recovery_period_endLabel.setBuddy(self.f_recovery_period_end)
        self.f_conclusive_grounds_onLabel.setBuddy(self.f_conclusive_grounds_on)
        self.f_conclusive_groundsLabel.setBuddy(self.f_conclusive_grounds)
        self.f_findingLabel.setBuddy(self.f_finding)
        self.f_reconsideration_requested_onLabel.setBuddy(self.f_reconsideration_requested_on)
        self.f_reconsideration_outcomeLabel.setBuddy(self.f_reconsideration_outcome)
        self.f_reconsideration_decided_onLabel.setBuddy(self.f_reconsideration_decided_on)
        self.f_appeal_lodged_onLabel.setBuddy(self.f_appeal_lodged_on)
        self.f_guidance_versionLabel.setBuddy(self.f_guidance_version)
        self.f_notesLabel.setBuddy(self.f_notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.f_process, self.f_referring_organisation)
        QWidget.setTabOrder(self.f_referring_organisation, self.f_referrer_contact)
        QWidget.setTabOrder(self.f_referrer_contact, self.f_competent_authority)
        QWidget.setTabOrder(self.f_competent_authority, self.f_referral_date)
        QWidget.setTabOrder(self.f_referral_date, self.f_duty_to_notify_only)
        QWidget.setTabOrder(self.f_duty_to_notify_only, self.f_reasonable_grounds_on)
        QWidget.setTabOrder(self.f_reasonable_grounds_on, self.f_reasonable_grounds)
        QWidget.setTabOrder(self.f_reasonable_grounds, self.f_recovery_period_start)
        QWidget.setTabOrder(self.f_recovery_period_start, self.f_recovery_period_end)
        QWidget.setTabOrder(self.f_recovery_period_end, self.f_conclusive_grounds_on)
        QWidget.setTabOrder(self.f_conclusive_grounds_on, self.f_conclusive_grounds)
        QWidget.setTabOrder(self.f_conclusive_grounds, self.f_finding)
        QWidget.setTabOrder(self.f_finding, self.f_reconsideration_requested_on)
        QWidget.setTabOrder(self.f_reconsideration_requested_on, self.f_reconsideration_outcome)
        QWidget.setTabOrder(self.f_reconsideration_outcome, self.f_reconsideration_decided_on)
        QWidget.setTabOrder(self.f_reconsideration_decided_on, self.f_appeal_lodged_on)
        QWidget.setTabOrder(self.f_appeal_lodged_on, self.f_guidance_version)
        QWidget.setTabOrder(self.f_guidance_version, self.f_notes)

        self.retranslateUi(IdentificationDialog)

        QMetaObject.connectSlotsByName(IdentificationDialog)
    # setupUi

    def retranslateUi(self, IdentificationDialog):
        IdentificationDialog.setWindowTitle(QCoreApplication.translate("IdentificationDialog", u"Identification record", None))
#if QT_CONFIG(accessibility)
        IdentificationDialog.setAccessibleName(QCoreApplication.translate("IdentificationDialog", u"Identification record", None))
#endif // QT_CONFIG(accessibility)
        self.f_processLabel.setText(QCoreApplication.translate("IdentificationDialog", u"&Process:", None))
#if QT_CONFIG(accessibility)
        self.f_process.setAccessibleName(QCoreApplication.translate("IdentificationDialog", u"Process", None))
#endif // QT_CONFIG(accessibility)
        self.f_referring_organisationLabel.setText(QCoreApplication.translate("IdentificationDialog", u"&Referring organisation:", None))
#if QT_CONFIG(accessibility)
        self.f_referring_organisation.setAccessibleName(QCoreApplication.translate("IdentificationDialog", u"Referring organisation", None))
#endif // QT_CONFIG(accessibility)
        self.f_referrer_contactLabel.setText(QCoreApplication.translate("IdentificationDialog", u"Referrer c&ontact:", None))
#if QT_CONFIG(accessibility)
        self.f_referrer_contact.setAccessibleName(QCoreApplication.translate("IdentificationDialog", u"Referrer contact", None))
#endif // QT_CONFIG(accessibility)
        self.f_competent_authorityLabel.setText(QCoreApplication.translate("IdentificationDialog", u"Competent &authority:", None))
#if QT_CONFIG(accessibility)
        self.f_competent_authority.setAccessibleName(QCoreApplication.translate("IdentificationDialog", u"Competent authority", None))
#endif // QT_CONFIG(accessibility)
        self.f_referral_dateLabel.setText(QCoreApplication.translate("IdentificationDialog", u"Referral &date:", None))
#if QT_CONFIG(accessibility)
        self.f_referral_date.setAccessibleName(QCoreApplication.translate("IdentificationDialog", u"Referral date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.f_duty_to_notify_only.setAccessibleName(QCoreApplication.translate("IdentificationDialog", u"Duty to notify only (MS1)", None))
#endif // QT_CONFIG(accessibility)
        self.f_duty_to_notify_only.setText(QCoreApplication.translate("IdentificationDialog", u"Duty to notify only (&MS1)", None))
        self.f_reasonable_grounds_onLabel.setText(QCoreApplication.translate("IdentificationDialog", u"Reasonable grounds o&n:", None))
#if QT_CONFIG(accessibility)
        self.f_reasonable_grounds_on.setAccessibleName(QCoreApplication.translate("IdentificationDialog", u"Reasonable grounds on", None))
#endif // QT_CONFIG(accessibility)
        self.f_reasonable_groundsLabel.setText(QCoreApplication.translate("IdentificationDialog", u"Reasonable &grounds:", None))
#if QT_CONFIG(accessibility)
        self.f_reasonable_grounds.setAccessibleName(QCoreApplication.translate("IdentificationDialog", u"Reasonable grounds", None))
#endif // QT_CONFIG(accessibility)
        self.f_recovery_period_startLabel.setText(QCoreApplication.translate("IdentificationDialog", u"Recovery period &start:", None))
#if QT_CONFIG(accessibility)
        self.f_recovery_period_start.setAccessibleName(QCoreApplication.translate("IdentificationDialog", u"Recovery period start", None))
#endif // QT_CONFIG(accessibility)
        self.f_recovery_period_endLabel.setText(QCoreApplication.translate("IdentificationDialog", u"Recovery period &end:", None))
#if QT_CONFIG(accessibility)
        self.f_recovery_period_end.setAccessibleName(QCoreApplication.translate("IdentificationDialog", u"Recovery period end", None))
#endif // QT_CONFIG(accessibility)
        self.f_conclusive_grounds_onLabel.setText(QCoreApplication.translate("IdentificationDialog", u"Conclusive grounds on:", None))
#if QT_CONFIG(accessibility)
        self.f_conclusive_grounds_on.setAccessibleName(QCoreApplication.translate("IdentificationDialog", u"Conclusive grounds on", None))
#endif // QT_CONFIG(accessibility)
        self.f_conclusive_groundsLabel.setText(QCoreApplication.translate("IdentificationDialog", u"&Conclusive grounds:", None))
#if QT_CONFIG(accessibility)
        self.f_conclusive_grounds.setAccessibleName(QCoreApplication.translate("IdentificationDialog", u"Conclusive grounds", None))
#endif // QT_CONFIG(accessibility)
        self.f_findingLabel.setText(QCoreApplication.translate("IdentificationDialog", u"&Finding:", None))
#if QT_CONFIG(accessibility)
        self.f_finding.setAccessibleName(QCoreApplication.translate("IdentificationDialog", u"Finding", None))
#endif // QT_CONFIG(accessibility)
        self.f_reconsideration_requested_onLabel.setText(QCoreApplication.translate("IdentificationDialog", u"Reconsideration re&quested:", None))
#if QT_CONFIG(accessibility)
        self.f_reconsideration_requested_on.setAccessibleName(QCoreApplication.translate("IdentificationDialog", u"Reconsideration requested", None))
#endif // QT_CONFIG(accessibility)
        self.f_reconsideration_outcomeLabel.setText(QCoreApplication.translate("IdentificationDialog", u"Reconsideration o&utcome:", None))
#if QT_CONFIG(accessibility)
        self.f_reconsideration_outcome.setAccessibleName(QCoreApplication.translate("IdentificationDialog", u"Reconsideration outcome", None))
#endif // QT_CONFIG(accessibility)
        self.f_reconsideration_decided_onLabel.setText(QCoreApplication.translate("IdentificationDialog", u"Reconsideration decided:", None))
#if QT_CONFIG(accessibility)
        self.f_reconsideration_decided_on.setAccessibleName(QCoreApplication.translate("IdentificationDialog", u"Reconsideration decided", None))
#endif // QT_CONFIG(accessibility)
        self.f_appeal_lodged_onLabel.setText(QCoreApplication.translate("IdentificationDialog", u"Appeal &lodged on:", None))
#if QT_CONFIG(accessibility)
        self.f_appeal_lodged_on.setAccessibleName(QCoreApplication.translate("IdentificationDialog", u"Appeal lodged on", None))
#endif // QT_CONFIG(accessibility)
        self.f_guidance_versionLabel.setText(QCoreApplication.translate("IdentificationDialog", u"Guidance &version:", None))
#if QT_CONFIG(accessibility)
        self.f_guidance_version.setAccessibleName(QCoreApplication.translate("IdentificationDialog", u"Guidance version", None))
#endif // QT_CONFIG(accessibility)
        self.f_notesLabel.setText(QCoreApplication.translate("IdentificationDialog", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.f_notes.setAccessibleName(QCoreApplication.translate("IdentificationDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("IdentificationDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("IdentificationDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

