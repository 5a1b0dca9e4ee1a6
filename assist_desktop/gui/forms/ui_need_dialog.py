# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'need_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGridLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from assist_desktop.gui.widgets import DateEdit

class Ui_NeedDialog(object):
    def setupUi(self, NeedDialog):
        if not NeedDialog.objectName():
            NeedDialog.setObjectName(u"NeedDialog")
        NeedDialog.resize(560, 420)
        self.layout = QVBoxLayout(NeedDialog)
        self.layout.setObjectName(u"layout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(8)
        self.f_domainLabel = QLabel(NeedDialog)
        self.f_domainLabel.setObjectName(u"f_domainLabel")

        self.fieldsLayout.addWidget(self.f_domainLabel, 0, 0, 1, 1)

        self.f_domain = QComboBox(NeedDialog)
        self.f_domain.setObjectName(u"f_domain")

        self.fieldsLayout.addWidget(self.f_domain, 0, 1, 1, 1)

        self.f_assessed_onLabel = QLabel(NeedDialog)
        self.f_assessed_onLabel.setObjectName(u"f_assessed_onLabel")

        self.fieldsLayout.addWidget(self.f_assessed_onLabel, 1, 0, 1, 1)

        self.f_assessed_on = DateEdit(NeedDialog)
        self.f_assessed_on.setObjectName(u"f_assessed_on")

        self.fieldsLayout.addWidget(self.f_assessed_on, 1, 1, 1, 1)

        self.f_levelLabel = QLabel(NeedDialog)
        self.f_levelLabel.setObjectName(u"f_levelLabel")

        self.fieldsLayout.addWidget(self.f_levelLabel, 2, 0, 1, 1)

        self.f_level = QComboBox(NeedDialog)
        self.f_level.setObjectName(u"f_level")

        self.fieldsLayout.addWidget(self.f_level, 2, 1, 1, 1)

        self.f_needsLabel = QLabel(NeedDialog)
        self.f_needsLabel.setObjectName(u"f_needsLabel")

        self.fieldsLayout.addWidget(self.f_needsLabel, 3, 0, 1, 1)

        self.f_needs = QPlainTextEdit(NeedDialog)
        self.f_needs.setObjectName(u"f_needs")
        self.f_needs.setTabChangesFocus(True)
        self.f_needs.setMaximumSize(QSize(16777215, 72))

        self.fieldsLayout.addWidget(self.f_needs, 3, 1, 1, 1)

        self.f_her_goalsLabel = QLabel(NeedDialog)
        self.f_her_goalsLabel.setObjectName(u"f_her_goalsLabel")

        self.fieldsLayout.addWidget(self.f_her_goalsLabel, 4, 0, 1, 1)

        self.f_her_goals = QPlainTextEdit(NeedDialog)
        self.f_her_goals.setObjectName(u"f_her_goals")
        self.f_her_goals.setTabChangesFocus(True)
        self.f_her_goals.setMaximumSize(QSize(16777215, 72))

        self.fieldsLayout.addWidget(self.f_her_goals, 4, 1, 1, 1)

        self.f_review_onLabel = QLabel(NeedDialog)
        self.f_review_onLabel.setObjectName(u"f_review_onLabel")

        self.fieldsLayout.addWidget(self.f_review_onLabel, 5, 0, 1, 1)

        self.f_review_on = DateEdit(NeedDialog)
        self.f_review_on.setObjectName(u"f_review_on")

        self.fieldsLayout.addWidget(self.f_review_on, 5, 1, 1, 1)


        self.layout.addLayout(self.fieldsLayout)

        self.messageLabel = QLabel(NeedDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(NeedDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.f_domainLabel.setBuddy(self.f_domain)
        self.f_assessed_onLabel.setBuddy(self.f_assessed_on)
        self.f_levelLabel.setBuddy(self.f_level)
        self.f_needsLabel.setBuddy(self.f_needs)
        self.f_her_goalsLabel.setBuddy(self.f_her_goals)
        self.f_review_onLabel.setBuddy(self.f_review_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.f_domain, self.f_assessed_on)
        QWidget.setTabOrder(self.f_assessed_on, self.f_level)
        QWidget.setTabOrder(self.f_level, self.f_needs)
        QWidget.setTabOrder(self.f_needs, self.f_her_goals)
        QWidget.setTabOrder(self.f_her_goals, self.f_review_on)

        self.retranslateUi(NeedDialog)

        QMetaObject.connectSlotsByName(NeedDialog)
    # setupUi

    def retranslateUi(self, NeedDialog):
        NeedDialog.setWindowTitle(QCoreApplication.translate("NeedDialog", u"Needs assessment", None))
#if QT_CONFIG(accessibility)
        NeedDialog.setAccessibleName(QCoreApplication.translate("NeedDialog", u"Needs assessment", None))
#endif // QT_CONFIG(accessibility)
        self.f_domainLabel.setText(QCoreApplication.translate("NeedDialog", u"&Area:", None))
#if QT_CONFIG(accessibility)
        self.f_domain.setAccessibleName(QCoreApplication.translate("NeedDialog", u"Area", None))
#endif // QT_CONFIG(accessibility)
        self.f_assessed_onLabel.setText(QCoreApplication.translate("NeedDialog", u"&Assessed on:", None))
#if QT_CONFIG(accessibility)
        self.f_assessed_on.setAccessibleName(QCoreApplication.translate("NeedDialog", u"Assessed on", None))
#endif // QT_CONFIG(accessibility)
        self.f_levelLabel.setText(QCoreApplication.translate("NeedDialog", u"&Level of need:", None))
#if QT_CONFIG(accessibility)
        self.f_level.setAccessibleName(QCoreApplication.translate("NeedDialog", u"Level of need", None))
#endif // QT_CONFIG(accessibility)
        self.f_needsLabel.setText(QCoreApplication.translate("NeedDialog", u"&Needs:", None))
#if QT_CONFIG(accessibility)
        self.f_needs.setAccessibleName(QCoreApplication.translate("NeedDialog", u"Needs", None))
#endif // QT_CONFIG(accessibility)
        self.f_her_goalsLabel.setText(QCoreApplication.translate("NeedDialog", u"Her &goals:", None))
#if QT_CONFIG(accessibility)
        self.f_her_goals.setAccessibleName(QCoreApplication.translate("NeedDialog", u"Her goals", None))
#endif // QT_CONFIG(accessibility)
        self.f_review_onLabel.setText(QCoreApplication.translate("NeedDialog", u"&Review on:", None))
#if QT_CONFIG(accessibility)
        self.f_review_on.setAccessibleName(QCoreApplication.translate("NeedDialog", u"Review on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("NeedDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("NeedDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

