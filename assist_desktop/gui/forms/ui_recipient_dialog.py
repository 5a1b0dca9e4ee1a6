# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recipient_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_RecipientDialog(object):
    def setupUi(self, RecipientDialog):
        if not RecipientDialog.objectName():
            RecipientDialog.setObjectName(u"RecipientDialog")
        RecipientDialog.resize(520, 420)
        self.layout = QVBoxLayout(RecipientDialog)
        self.layout.setObjectName(u"layout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.organisationEditLabel = QLabel(RecipientDialog)
        self.organisationEditLabel.setObjectName(u"organisationEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisationEditLabel)

        self.organisationEdit = QLineEdit(RecipientDialog)
        self.organisationEdit.setObjectName(u"organisationEdit")
        self.organisationEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.departmentEditLabel = QLabel(RecipientDialog)
        self.departmentEditLabel.setObjectName(u"departmentEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.departmentEditLabel)

        self.departmentEdit = QLineEdit(RecipientDialog)
        self.departmentEdit.setObjectName(u"departmentEdit")
        self.departmentEdit.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.departmentEdit)

        self.personEditLabel = QLabel(RecipientDialog)
        self.personEditLabel.setObjectName(u"personEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.personEditLabel)

        self.personEdit = QLineEdit(RecipientDialog)
        self.personEdit.setObjectName(u"personEdit")
        self.personEdit.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.addressEditLabel = QLabel(RecipientDialog)
        self.addressEditLabel.setObjectName(u"addressEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressEditLabel)

        self.addressEdit = QPlainTextEdit(RecipientDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.emailEditLabel = QLabel(RecipientDialog)
        self.emailEditLabel.setObjectName(u"emailEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailEditLabel)

        self.emailEdit = QLineEdit(RecipientDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.sourceEditLabel = QLabel(RecipientDialog)
        self.sourceEditLabel.setObjectName(u"sourceEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sourceEditLabel)

        self.sourceEdit = QLineEdit(RecipientDialog)
        self.sourceEdit.setObjectName(u"sourceEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sourceEdit)


        self.layout.addLayout(self.formLayout)

        self.messageLabel = QLabel(RecipientDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(RecipientDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.organisationEditLabel.setBuddy(self.organisationEdit)
        self.departmentEditLabel.setBuddy(self.departmentEdit)
        self.personEditLabel.setBuddy(self.personEdit)
        self.addressEditLabel.setBuddy(self.addressEdit)
        self.emailEditLabel.setBuddy(self.emailEdit)
        self.sourceEditLabel.setBuddy(self.sourceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.organisationEdit, self.departmentEdit)
        QWidget.setTabOrder(self.departmentEdit, self.personEdit)
        QWidget.setTabOrder(self.personEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.sourceEdit)

        self.retranslateUi(RecipientDialog)

        QMetaObject.connectSlotsByName(RecipientDialog)
    # setupUi

    def retranslateUi(self, RecipientDialog):
        RecipientDialog.setWindowTitle(QCoreApplication.translate("RecipientDialog", u"Recipient", None))
#if QT_CONFIG(accessibility)
        RecipientDialog.setAccessibleName(QCoreApplication.translate("RecipientDialog", u"Recipient", None))
#endif // QT_CONFIG(accessibility)
        self.organisationEditLabel.setText(QCoreApplication.translate("RecipientDialog", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisationEdit.setAccessibleName(QCoreApplication.translate("RecipientDialog", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.departmentEditLabel.setText(QCoreApplication.translate("RecipientDialog", u"&Department:", None))
#if QT_CONFIG(accessibility)
        self.departmentEdit.setAccessibleName(QCoreApplication.translate("RecipientDialog", u"Department or unit", None))
#endif // QT_CONFIG(accessibility)
        self.personEditLabel.setText(QCoreApplication.translate("RecipientDialog", u"&Person:", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("RecipientDialog", u"A named person", None))
#endif // QT_CONFIG(accessibility)
        self.personEdit.setPlaceholderText(QCoreApplication.translate("RecipientDialog", u"Empty: \"Dear Sir or Madam\" \u2026 \"Yours faithfully\"", None))
        self.addressEditLabel.setText(QCoreApplication.translate("RecipientDialog", u"&Address:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("RecipientDialog", u"Address, one line each", None))
#endif // QT_CONFIG(accessibility)
        self.emailEditLabel.setText(QCoreApplication.translate("RecipientDialog", u"&Email:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("RecipientDialog", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.sourceEditLabel.setText(QCoreApplication.translate("RecipientDialog", u"&Source:", None))
#if QT_CONFIG(accessibility)
        self.sourceEdit.setAccessibleName(QCoreApplication.translate("RecipientDialog", u"Where the address came from", None))
#endif // QT_CONFIG(accessibility)
        self.sourceEdit.setPlaceholderText(QCoreApplication.translate("RecipientDialog", u"e.g. the organisation's web page, checked 1 March 2026", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("RecipientDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

