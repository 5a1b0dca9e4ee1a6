# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'save_document_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_SaveDocumentDialog(object):
    def setupUi(self, SaveDocumentDialog):
        if not SaveDocumentDialog.objectName():
            SaveDocumentDialog.setObjectName(u"SaveDocumentDialog")
        SaveDocumentDialog.resize(520, 280)
        self.layout = QVBoxLayout(SaveDocumentDialog)
        self.layout.setObjectName(u"layout")
        self.warningLabel = QLabel(SaveDocumentDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.layout.addWidget(self.warningLabel)

        self.protectCheck = QCheckBox(SaveDocumentDialog)
        self.protectCheck.setObjectName(u"protectCheck")
        self.protectCheck.setChecked(True)

        self.layout.addWidget(self.protectCheck)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.passwordLabel = QLabel(SaveDocumentDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(SaveDocumentDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmLabel = QLabel(SaveDocumentDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(SaveDocumentDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.layout.addLayout(self.formLayout)

        self.messageLabel = QLabel(SaveDocumentDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(SaveDocumentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SaveDocumentDialog)

        QMetaObject.connectSlotsByName(SaveDocumentDialog)
    # setupUi

    def retranslateUi(self, SaveDocumentDialog):
        SaveDocumentDialog.setWindowTitle(QCoreApplication.translate("SaveDocumentDialog", u"Save the document outside ASSIST", None))
#if QT_CONFIG(accessibility)
        SaveDocumentDialog.setAccessibleName(QCoreApplication.translate("SaveDocumentDialog", u"Save the document outside ASSIST", None))
#endif // QT_CONFIG(accessibility)
        self.warningLabel.setText(QCoreApplication.translate("SaveDocumentDialog", u"The saved file leaves the encrypted store: anyone who gets a copy can read it. Protect it with a password if it will be sent or carried, and send the password by a different route.", None))
#if QT_CONFIG(accessibility)
        self.warningLabel.setAccessibleName(QCoreApplication.translate("SaveDocumentDialog", u"Warning", None))
#endif // QT_CONFIG(accessibility)
        self.protectCheck.setText(QCoreApplication.translate("SaveDocumentDialog", u"&Protect the PDF with a password (AES-256)", None))
#if QT_CONFIG(accessibility)
        self.protectCheck.setAccessibleName(QCoreApplication.translate("SaveDocumentDialog", u"Protect with a password", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("SaveDocumentDialog", u"Pass&word:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("SaveDocumentDialog", u"Password for the PDF", None))
#endif // QT_CONFIG(accessibility)
        self.confirmLabel.setText(QCoreApplication.translate("SaveDocumentDialog", u"&Confirm:", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("SaveDocumentDialog", u"Confirm the password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("SaveDocumentDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("SaveDocumentDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

