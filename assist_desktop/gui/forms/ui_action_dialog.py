# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_dialog.ui'
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
    QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from assist_desktop.gui.widgets import DateEdit

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog):
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        ActionDialog.resize(560, 420)
        self.layout = QVBoxLayout(ActionDialog)
        self.layout.setObjectName(u"layout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(8)
        self.f_domainLabel = QLabel(ActionDialog)
        self.f_domainLabel.setObjectName(u"f_domainLabel")

        self.fieldsLayout.addWidget(self.f_domainLabel, 0, 0, 1, 1)

        self.f_domain = QComboBox(ActionDialog)
        self.f_domain.setObjectName(u"f_domain")

        self.fieldsLayout.addWidget(self.f_domain, 0, 1, 1, 1)

        self.f_actionLabel = QLabel(ActionDialog)
        self.f_actionLabel.setObjectName(u"f_actionLabel")

        self.fieldsLayout.addWidget(self.f_actionLabel, 1, 0, 1, 1)

        self.f_action = QPlainTextEdit(ActionDialog)
        self.f_action.setObjectName(u"f_action")
        self.f_action.setTabChangesFocus(True)
        self.f_action.setMaximumSize(QSize(16777215, 72))

        self.fieldsLayout.addWidget(self.f_action, 1, 1, 1, 1)

        self.f_owner_idLabel = QLabel(ActionDialog)
        self.f_owner_idLabel.setObjectName(u"f_owner_idLabel")

        self.fieldsLayout.addWidget(self.f_owner_idLabel, 2, 0, 1, 1)

        self.ownerLayout = QHBoxLayout()
        self.ownerLayout.setObjectName(u"ownerLayout")
        self.f_owner_id = QComboBox(ActionDialog)
        self.f_owner_id.setObjectName(u"f_owner_id")

        self.ownerLayout.addWidget(self.f_owner_id)

        self.f_owner_name = QLineEdit(ActionDialog)
        self.f_owner_name.setObjectName(u"f_owner_name")
        self.f_owner_name.setMaxLength(500)

        self.ownerLayout.addWidget(self.f_owner_name)


        self.fieldsLayout.addLayout(self.ownerLayout, 2, 1, 1, 1)

        self.f_start_onLabel = QLabel(ActionDialog)
        self.f_start_onLabel.setObjectName(u"f_start_onLabel")

        self.fieldsLayout.addWidget(self.f_start_onLabel, 3, 0, 1, 1)

        self.f_start_on = DateEdit(ActionDialog)
        self.f_start_on.setObjectName(u"f_start_on")

        self.fieldsLayout.addWidget(self.f_start_on, 3, 1, 1, 1)

        self.f_due_onLabel = QLabel(ActionDialog)
        self.f_due_onLabel.setObjectName(u"f_due_onLabel")

        self.fieldsLayout.addWidget(self.f_due_onLabel, 4, 0, 1, 1)

        self.f_due_on = DateEdit(ActionDialog)
        self.f_due_on.setObjectName(u"f_due_on")

        self.fieldsLayout.addWidget(self.f_due_on, 4, 1, 1, 1)

        self.f_statusLabel = QLabel(ActionDialog)
        self.f_statusLabel.setObjectName(u"f_statusLabel")

        self.fieldsLayout.addWidget(self.f_statusLabel, 5, 0, 1, 1)

        self.f_status = QComboBox(ActionDialog)
        self.f_status.setObjectName(u"f_status")

        self.fieldsLayout.addWidget(self.f_status, 5, 1, 1, 1)

        self.f_completed_onLabel = QLabel(ActionDialog)
        self.f_completed_onLabel.setObjectName(u"f_completed_onLabel")

        self.fieldsLayout.addWidget(self.f_completed_onLabel, 6, 0, 1, 1)

        self.f_completed_on = DateEdit(ActionDialog)
        self.f_completed_on.setObjectName(u"f_completed_on")

        self.fieldsLayout.addWidget(self.f_completed_on, 6, 1, 1, 1)

        self.f_notesLabel = QLabel(ActionDialog)
        self.f_notesLabel.setObjectName(u"f_notesLabel")

        self.fieldsLayout.addWidget(self.f_notesLabel, 7, 0, 1, 1)

        self.f_notes = QPlainTextEdit(ActionDialog)
        self.f_notes.setObjectName(u"f_notes")
        self.f_notes.setTabChangesFocus(True)
        self.f_notes.setMaximumSize(QSize(16777215, 72))

        self.fieldsLayout.addWidget(self.f_notes, 7, 1, 1, 1)


        self.layout.addLayout(self.fieldsLayout)

        self.messageLabel = QLabel(ActionDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ActionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.f_domainLabel.setBuddy(self.f_domain)
        self.f_actionLabel.setBuddy(self.f_action)
        self.f_owner_idLabel.setBuddy(self.f_owner_id)
        self.f_start_onLabel.setBuddy(self.f_start_on)
        self.f_due_onLabel.setBuddy(self.f_due_on)
        self.f_statusLabel.setBuddy(self.f_status)
        self.f_completed_onLabel.setBuddy(self.f_completed_on)
        self.f_notesLabel.setBuddy(self.f_notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.f_domain, self.f_action)
        QWidget.setTabOrder(self.f_action, self.f_owner_id)
        QWidget.setTabOrder(self.f_owner_id, self.f_owner_name)
        QWidget.setTabOrder(self.f_owner_name, self.f_start_on)
        QWidget.setTabOrder(self.f_start_on, self.f_due_on)
        QWidget.setTabOrder(self.f_due_on, self.f_status)
        QWidget.setTabOrder(self.f_status, self.f_completed_on)
        QWidget.setTabOrder(self.f_completed_on, self.f_notes)

        self.retranslateUi(ActionDialog)

        QMetaObject.connectSlotsByName(ActionDialog)
    # setupUi

    def retranslateUi(self, ActionDialog):
        ActionDialog.setWindowTitle(QCoreApplication.translate("ActionDialog", u"Support plan action", None))
#if QT_CONFIG(accessibility)
        ActionDialog.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Support plan action", None))
#endif // QT_CONFIG(accessibility)
        self.f_domainLabel.setText(QCoreApplication.translate("ActionDialog", u"&Area:", None))
#if QT_CONFIG(accessibility)
        self.f_domain.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Area", None))
#endif // QT_CONFIG(accessibility)
        self.f_actionLabel.setText(QCoreApplication.translate("ActionDialog", u"&Action:", None))
#if QT_CONFIG(accessibility)
        self.f_action.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Action", None))
#endif // QT_CONFIG(accessibility)
        self.f_owner_idLabel.setText(QCoreApplication.translate("ActionDialog", u"&Who does it:", None))
#if QT_CONFIG(accessibility)
        self.f_owner_id.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Who does it: a colleague", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.f_owner_id.setToolTip(QCoreApplication.translate("ActionDialog", u"A colleague (it appears in their My week), or choose \"Someone outside the centre\" and name them", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.f_owner_name.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Who does it: someone outside the centre", None))
#endif // QT_CONFIG(accessibility)
        self.f_owner_name.setPlaceholderText(QCoreApplication.translate("ActionDialog", u"Outside agency or person", None))
        self.f_start_onLabel.setText(QCoreApplication.translate("ActionDialog", u"&Start:", None))
#if QT_CONFIG(accessibility)
        self.f_start_on.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Start", None))
#endif // QT_CONFIG(accessibility)
        self.f_due_onLabel.setText(QCoreApplication.translate("ActionDialog", u"&Due:", None))
#if QT_CONFIG(accessibility)
        self.f_due_on.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Due", None))
#endif // QT_CONFIG(accessibility)
        self.f_statusLabel.setText(QCoreApplication.translate("ActionDialog", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.f_status.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.f_completed_onLabel.setText(QCoreApplication.translate("ActionDialog", u"&Completed on:", None))
#if QT_CONFIG(accessibility)
        self.f_completed_on.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Completed on", None))
#endif // QT_CONFIG(accessibility)
        self.f_notesLabel.setText(QCoreApplication.translate("ActionDialog", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.f_notes.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

