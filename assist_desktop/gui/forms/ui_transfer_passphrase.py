# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transfer_passphrase.ui'
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
    QFormLayout, QLabel, QLineEdit, QProgressBar,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_TransferPassphraseDialog(object):
    def setupUi(self, TransferPassphraseDialog):
        if not TransferPassphraseDialog.objectName():
            TransferPassphraseDialog.setObjectName(u"TransferPassphraseDialog")
        TransferPassphraseDialog.resize(520, 340)
        self.layout = QVBoxLayout(TransferPassphraseDialog)
        self.layout.setSpacing(10)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(TransferPassphraseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setVerticalSpacing(10)
        self.passphraseLabel = QLabel(TransferPassphraseDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(TransferPassphraseDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.strengthBar = QProgressBar(TransferPassphraseDialog)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(4)
        self.strengthBar.setTextVisible(False)
        self.strengthBar.setMaximumSize(QSize(16777215, 8))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.strengthBar)

        self.strengthLabel = QLabel(TransferPassphraseDialog)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.strengthLabel)

        self.confirmLabel = QLabel(TransferPassphraseDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(TransferPassphraseDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.layout.addLayout(self.formLayout)

        self.noteLabel = QLabel(TransferPassphraseDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.layout.addWidget(self.noteLabel)

        self.warningLabel = QLabel(TransferPassphraseDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.layout.addWidget(self.warningLabel)

        self.messageLabel = QLabel(TransferPassphraseDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(TransferPassphraseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TransferPassphraseDialog)

        QMetaObject.connectSlotsByName(TransferPassphraseDialog)
    # setupUi

    def retranslateUi(self, TransferPassphraseDialog):
        TransferPassphraseDialog.setWindowTitle(QCoreApplication.translate("TransferPassphraseDialog", u"Transfer passphrase", None))
#if QT_CONFIG(accessibility)
        TransferPassphraseDialog.setAccessibleName(QCoreApplication.translate("TransferPassphraseDialog", u"Transfer passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("TransferPassphraseDialog", u"Explanation", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLabel.setText(QCoreApplication.translate("TransferPassphraseDialog", u"Transfer &passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("TransferPassphraseDialog", u"Transfer passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strengthBar.setAccessibleName(QCoreApplication.translate("TransferPassphraseDialog", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strengthLabel.setAccessibleName(QCoreApplication.translate("TransferPassphraseDialog", u"Passphrase advice", None))
#endif // QT_CONFIG(accessibility)
        self.confirmLabel.setText(QCoreApplication.translate("TransferPassphraseDialog", u"&Again:", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("TransferPassphraseDialog", u"Transfer passphrase again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noteLabel.setAccessibleName(QCoreApplication.translate("TransferPassphraseDialog", u"About the passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.warningLabel.setAccessibleName(QCoreApplication.translate("TransferPassphraseDialog", u"Warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("TransferPassphraseDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("TransferPassphraseDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

