# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'task_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

from assist_desktop.gui.widgets import DateEdit

class Ui_TaskDialog(object):
    def setupUi(self, TaskDialog):
        if not TaskDialog.objectName():
            TaskDialog.setObjectName(u"TaskDialog")
        TaskDialog.resize(520, 400)
        self.layout = QVBoxLayout(TaskDialog)
        self.layout.setObjectName(u"layout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setVerticalSpacing(8)
        self.titleEditLabel = QLabel(TaskDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(TaskDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(1000)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.kindComboLabel = QLabel(TaskDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(TaskDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.dueEditLabel = QLabel(TaskDialog)
        self.dueEditLabel.setObjectName(u"dueEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueEditLabel)

        self.dueEdit = DateEdit(TaskDialog)
        self.dueEdit.setObjectName(u"dueEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.matterComboLabel = QLabel(TaskDialog)
        self.matterComboLabel.setObjectName(u"matterComboLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.matterComboLabel)

        self.matterCombo = QComboBox(TaskDialog)
        self.matterCombo.setObjectName(u"matterCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.matterCombo)

        self.reminderSpinLabel = QLabel(TaskDialog)
        self.reminderSpinLabel.setObjectName(u"reminderSpinLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reminderSpinLabel)

        self.reminderSpin = QSpinBox(TaskDialog)
        self.reminderSpin.setObjectName(u"reminderSpin")
        self.reminderSpin.setMaximum(366)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reminderSpin)

        self.assignComboLabel = QLabel(TaskDialog)
        self.assignComboLabel.setObjectName(u"assignComboLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.assignComboLabel)

        self.assignCombo = QComboBox(TaskDialog)
        self.assignCombo.setObjectName(u"assignCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.assignCombo)

        self.notesEditLabel = QLabel(TaskDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(TaskDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.layout.addLayout(self.formLayout)

        self.messageLabel = QLabel(TaskDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(TaskDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.dueEditLabel.setBuddy(self.dueEdit)
        self.matterComboLabel.setBuddy(self.matterCombo)
        self.reminderSpinLabel.setBuddy(self.reminderSpin)
        self.assignComboLabel.setBuddy(self.assignCombo)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.matterCombo)
        QWidget.setTabOrder(self.matterCombo, self.reminderSpin)
        QWidget.setTabOrder(self.reminderSpin, self.assignCombo)
        QWidget.setTabOrder(self.assignCombo, self.notesEdit)

        self.retranslateUi(TaskDialog)

        QMetaObject.connectSlotsByName(TaskDialog)
    # setupUi

    def retranslateUi(self, TaskDialog):
        TaskDialog.setWindowTitle(QCoreApplication.translate("TaskDialog", u"Task", None))
#if QT_CONFIG(accessibility)
        TaskDialog.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Task", None))
#endif // QT_CONFIG(accessibility)
        self.titleEditLabel.setText(QCoreApplication.translate("TaskDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.kindComboLabel.setText(QCoreApplication.translate("TaskDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.dueEditLabel.setText(QCoreApplication.translate("TaskDialog", u"&Due on:", None))
#if QT_CONFIG(accessibility)
        self.dueEdit.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Due on", None))
#endif // QT_CONFIG(accessibility)
        self.matterComboLabel.setText(QCoreApplication.translate("TaskDialog", u"&Matter:", None))
#if QT_CONFIG(accessibility)
        self.matterCombo.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Matter", None))
#endif // QT_CONFIG(accessibility)
        self.reminderSpinLabel.setText(QCoreApplication.translate("TaskDialog", u"&Remind:", None))
#if QT_CONFIG(accessibility)
        self.reminderSpin.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Days before to remind", None))
#endif // QT_CONFIG(accessibility)
        self.reminderSpin.setSuffix(QCoreApplication.translate("TaskDialog", u" days before", None))
        self.assignComboLabel.setText(QCoreApplication.translate("TaskDialog", u"&Who does it:", None))
#if QT_CONFIG(accessibility)
        self.assignCombo.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Who does it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.assignCombo.setToolTip(QCoreApplication.translate("TaskDialog", u"The colleague who will do it; it appears in their My week", None))
#endif // QT_CONFIG(tooltip)
        self.notesEditLabel.setText(QCoreApplication.translate("TaskDialog", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

