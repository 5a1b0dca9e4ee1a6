# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rule_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_RuleDialog(object):
    def setupUi(self, RuleDialog):
        if not RuleDialog.objectName():
            RuleDialog.setObjectName(u"RuleDialog")
        RuleDialog.resize(620, 400)
        self.layout = QVBoxLayout(RuleDialog)
        self.layout.setObjectName(u"layout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setVerticalSpacing(8)
        self.processEditLabel = QLabel(RuleDialog)
        self.processEditLabel.setObjectName(u"processEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.processEditLabel)

        self.processEdit = QLineEdit(RuleDialog)
        self.processEdit.setObjectName(u"processEdit")
        self.processEdit.setMaxLength(2000)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.processEdit)

        self.startEventEditLabel = QLabel(RuleDialog)
        self.startEventEditLabel.setObjectName(u"startEventEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startEventEditLabel)

        self.startEventEdit = QLineEdit(RuleDialog)
        self.startEventEdit.setObjectName(u"startEventEdit")
        self.startEventEdit.setMaxLength(2000)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startEventEdit)

        self.amountSpinLabel = QLabel(RuleDialog)
        self.amountSpinLabel.setObjectName(u"amountSpinLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amountSpinLabel)

        self.amountSpin = QSpinBox(RuleDialog)
        self.amountSpin.setObjectName(u"amountSpin")
        self.amountSpin.setMinimum(1)
        self.amountSpin.setMaximum(36600)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amountSpin)

        self.unitComboLabel = QLabel(RuleDialog)
        self.unitComboLabel.setObjectName(u"unitComboLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unitComboLabel)

        self.unitCombo = QComboBox(RuleDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.lessDaysSpinLabel = QLabel(RuleDialog)
        self.lessDaysSpinLabel.setObjectName(u"lessDaysSpinLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lessDaysSpinLabel)

        self.lessDaysSpin = QSpinBox(RuleDialog)
        self.lessDaysSpin.setObjectName(u"lessDaysSpin")
        self.lessDaysSpin.setMaximum(31)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lessDaysSpin)

        self.kindComboLabel = QLabel(RuleDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(RuleDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.nonWorkingComboLabel = QLabel(RuleDialog)
        self.nonWorkingComboLabel.setObjectName(u"nonWorkingComboLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.nonWorkingComboLabel)

        self.nonWorkingCombo = QComboBox(RuleDialog)
        self.nonWorkingCombo.setObjectName(u"nonWorkingCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nonWorkingCombo)

        self.remindersEditLabel = QLabel(RuleDialog)
        self.remindersEditLabel.setObjectName(u"remindersEditLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.remindersEditLabel)

        self.remindersEdit = QLineEdit(RuleDialog)
        self.remindersEdit.setObjectName(u"remindersEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.remindersEdit)

        self.sourceEditLabel = QLabel(RuleDialog)
        self.sourceEditLabel.setObjectName(u"sourceEditLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.sourceEditLabel)

        self.sourceEdit = QLineEdit(RuleDialog)
        self.sourceEdit.setObjectName(u"sourceEdit")
        self.sourceEdit.setMaxLength(2000)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.sourceEdit)

        self.notesEditLabel = QLabel(RuleDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(RuleDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.verifyCheck = QCheckBox(RuleDialog)
        self.verifyCheck.setObjectName(u"verifyCheck")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.verifyCheck)

        self.activeCheck = QCheckBox(RuleDialog)
        self.activeCheck.setObjectName(u"activeCheck")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.layout.addLayout(self.formLayout)

        self.messageLabel = QLabel(RuleDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(RuleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.processEditLabel.setBuddy(self.processEdit)
        self.startEventEditLabel.setBuddy(self.startEventEdit)
        self.amountSpinLabel.setBuddy(self.amountSpin)
        self.unitComboLabel.setBuddy(self.unitCombo)
        self.lessDaysSpinLabel.setBuddy(self.lessDaysSpin)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.nonWorkingComboLabel.setBuddy(self.nonWorkingCombo)
        self.remindersEditLabel.setBuddy(self.remindersEdit)
        self.sourceEditLabel.setBuddy(self.sourceEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.processEdit, self.startEventEdit)
        QWidget.setTabOrder(self.startEventEdit, self.amountSpin)
        QWidget.setTabOrder(self.amountSpin, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.lessDaysSpin)
        QWidget.setTabOrder(self.lessDaysSpin, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.nonWorkingCombo)
        QWidget.setTabOrder(self.nonWorkingCombo, self.remindersEdit)
        QWidget.setTabOrder(self.remindersEdit, self.sourceEdit)
        QWidget.setTabOrder(self.sourceEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.verifyCheck)
        QWidget.setTabOrder(self.verifyCheck, self.activeCheck)

        self.retranslateUi(RuleDialog)

        QMetaObject.connectSlotsByName(RuleDialog)
    # setupUi

    def retranslateUi(self, RuleDialog):
        RuleDialog.setWindowTitle(QCoreApplication.translate("RuleDialog", u"Deadline rule", None))
#if QT_CONFIG(accessibility)
        RuleDialog.setAccessibleName(QCoreApplication.translate("RuleDialog", u"Deadline rule", None))
#endif // QT_CONFIG(accessibility)
        self.processEditLabel.setText(QCoreApplication.translate("RuleDialog", u"&Process:", None))
#if QT_CONFIG(accessibility)
        self.processEdit.setAccessibleName(QCoreApplication.translate("RuleDialog", u"Process", None))
#endif // QT_CONFIG(accessibility)
        self.startEventEditLabel.setText(QCoreApplication.translate("RuleDialog", u"Clock &starts at:", None))
#if QT_CONFIG(accessibility)
        self.startEventEdit.setAccessibleName(QCoreApplication.translate("RuleDialog", u"Start event", None))
#endif // QT_CONFIG(accessibility)
        self.amountSpinLabel.setText(QCoreApplication.translate("RuleDialog", u"&Period:", None))
#if QT_CONFIG(accessibility)
        self.amountSpin.setAccessibleName(QCoreApplication.translate("RuleDialog", u"Length of the period", None))
#endif // QT_CONFIG(accessibility)
        self.unitComboLabel.setText(QCoreApplication.translate("RuleDialog", u"&Unit:", None))
#if QT_CONFIG(accessibility)
        self.unitCombo.setAccessibleName(QCoreApplication.translate("RuleDialog", u"Unit of the period", None))
#endif // QT_CONFIG(accessibility)
        self.lessDaysSpinLabel.setText(QCoreApplication.translate("RuleDialog", u"&Less days:", None))
#if QT_CONFIG(accessibility)
        self.lessDaysSpin.setAccessibleName(QCoreApplication.translate("RuleDialog", u"Days subtracted (for example 3 months less 1 day)", None))
#endif // QT_CONFIG(accessibility)
        self.kindComboLabel.setText(QCoreApplication.translate("RuleDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("RuleDialog", u"Kind of time limit", None))
#endif // QT_CONFIG(accessibility)
        self.nonWorkingComboLabel.setText(QCoreApplication.translate("RuleDialog", u"&On a closed day:", None))
#if QT_CONFIG(accessibility)
        self.nonWorkingCombo.setAccessibleName(QCoreApplication.translate("RuleDialog", u"What happens when the date falls on a closed day", None))
#endif // QT_CONFIG(accessibility)
        self.remindersEditLabel.setText(QCoreApplication.translate("RuleDialog", u"&Reminders (days before):", None))
#if QT_CONFIG(accessibility)
        self.remindersEdit.setAccessibleName(QCoreApplication.translate("RuleDialog", u"Reminder days before, separated by commas", None))
#endif // QT_CONFIG(accessibility)
        self.remindersEdit.setPlaceholderText(QCoreApplication.translate("RuleDialog", u"e.g. 14, 7, 2", None))
        self.sourceEditLabel.setText(QCoreApplication.translate("RuleDialog", u"S&ource:", None))
#if QT_CONFIG(accessibility)
        self.sourceEdit.setAccessibleName(QCoreApplication.translate("RuleDialog", u"Source", None))
#endif // QT_CONFIG(accessibility)
        self.notesEditLabel.setText(QCoreApplication.translate("RuleDialog", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("RuleDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.verifyCheck.setAccessibleName(QCoreApplication.translate("RuleDialog", u"To be verified", None))
#endif // QT_CONFIG(accessibility)
        self.verifyCheck.setText(QCoreApplication.translate("RuleDialog", u"To be &verified against the current law", None))
#if QT_CONFIG(accessibility)
        self.activeCheck.setAccessibleName(QCoreApplication.translate("RuleDialog", u"In use", None))
#endif // QT_CONFIG(accessibility)
        self.activeCheck.setText(QCoreApplication.translate("RuleDialog", u"In &use", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("RuleDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("RuleDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

