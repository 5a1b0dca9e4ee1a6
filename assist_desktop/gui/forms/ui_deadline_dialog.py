# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'deadline_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

from assist_desktop.gui.widgets import DateEdit

class Ui_DeadlineDialog(object):
    def setupUi(self, DeadlineDialog):
        if not DeadlineDialog.objectName():
            DeadlineDialog.setObjectName(u"DeadlineDialog")
        DeadlineDialog.resize(600, 400)
        self.layout = QVBoxLayout(DeadlineDialog)
        self.layout.setObjectName(u"layout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setVerticalSpacing(8)
        self.ruleComboLabel = QLabel(DeadlineDialog)
        self.ruleComboLabel.setObjectName(u"ruleComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ruleComboLabel)

        self.ruleCombo = QComboBox(DeadlineDialog)
        self.ruleCombo.setObjectName(u"ruleCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ruleCombo)

        self.startEditLabel = QLabel(DeadlineDialog)
        self.startEditLabel.setObjectName(u"startEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startEditLabel)

        self.startEdit = DateEdit(DeadlineDialog)
        self.startEdit.setObjectName(u"startEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.resultLabelLabel = QLabel(DeadlineDialog)
        self.resultLabelLabel.setObjectName(u"resultLabelLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.resultLabelLabel)

        self.resultLabel = QLabel(DeadlineDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextFormat(Qt.TextFormat.RichText)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.resultLabel)

        self.titleEditLabel = QLabel(DeadlineDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(DeadlineDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(1000)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.reminderSpinLabel = QLabel(DeadlineDialog)
        self.reminderSpinLabel.setObjectName(u"reminderSpinLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reminderSpinLabel)

        self.reminderSpin = QSpinBox(DeadlineDialog)
        self.reminderSpin.setObjectName(u"reminderSpin")
        self.reminderSpin.setMaximum(366)
        self.reminderSpin.setValue(7)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reminderSpin)

        self.assignComboLabel = QLabel(DeadlineDialog)
        self.assignComboLabel.setObjectName(u"assignComboLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.assignComboLabel)

        self.assignCombo = QComboBox(DeadlineDialog)
        self.assignCombo.setObjectName(u"assignCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.assignCombo)


        self.layout.addLayout(self.formLayout)

        self.messageLabel = QLabel(DeadlineDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(DeadlineDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.ruleComboLabel.setBuddy(self.ruleCombo)
        self.startEditLabel.setBuddy(self.startEdit)
        self.resultLabelLabel.setBuddy(self.resultLabel)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.reminderSpinLabel.setBuddy(self.reminderSpin)
        self.assignComboLabel.setBuddy(self.assignCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.ruleCombo, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.resultLabel)
        QWidget.setTabOrder(self.resultLabel, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.reminderSpin)
        QWidget.setTabOrder(self.reminderSpin, self.assignCombo)

        self.retranslateUi(DeadlineDialog)

        QMetaObject.connectSlotsByName(DeadlineDialog)
    # setupUi

    def retranslateUi(self, DeadlineDialog):
        DeadlineDialog.setWindowTitle(QCoreApplication.translate("DeadlineDialog", u"Deadline from a rule", None))
#if QT_CONFIG(accessibility)
        DeadlineDialog.setAccessibleName(QCoreApplication.translate("DeadlineDialog", u"Deadline from a rule", None))
#endif // QT_CONFIG(accessibility)
        self.ruleComboLabel.setText(QCoreApplication.translate("DeadlineDialog", u"&Time limit:", None))
#if QT_CONFIG(accessibility)
        self.ruleCombo.setAccessibleName(QCoreApplication.translate("DeadlineDialog", u"Time limit rule", None))
#endif // QT_CONFIG(accessibility)
        self.startEditLabel.setText(QCoreApplication.translate("DeadlineDialog", u"&Clock started on:", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("DeadlineDialog", u"Date the clock started", None))
#endif // QT_CONFIG(accessibility)
        self.resultLabelLabel.setText(QCoreApplication.translate("DeadlineDialog", u"Due:", None))
#if QT_CONFIG(accessibility)
        self.resultLabel.setAccessibleName(QCoreApplication.translate("DeadlineDialog", u"Computed due date", None))
#endif // QT_CONFIG(accessibility)
        self.titleEditLabel.setText(QCoreApplication.translate("DeadlineDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("DeadlineDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.reminderSpinLabel.setText(QCoreApplication.translate("DeadlineDialog", u"&Remind:", None))
#if QT_CONFIG(accessibility)
        self.reminderSpin.setAccessibleName(QCoreApplication.translate("DeadlineDialog", u"Days before to remind", None))
#endif // QT_CONFIG(accessibility)
        self.reminderSpin.setSuffix(QCoreApplication.translate("DeadlineDialog", u" days before", None))
        self.assignComboLabel.setText(QCoreApplication.translate("DeadlineDialog", u"&Who does it:", None))
#if QT_CONFIG(accessibility)
        self.assignCombo.setAccessibleName(QCoreApplication.translate("DeadlineDialog", u"Who does it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.assignCombo.setToolTip(QCoreApplication.translate("DeadlineDialog", u"The colleague who will do it; it appears in their My week", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("DeadlineDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("DeadlineDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

