# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(560, 320)
        self.layout = QVBoxLayout(RestoreDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(RestoreDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.fileLabel = QLabel(RestoreDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(RestoreDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(RestoreDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileLayout)

        self.kindLabel = QLabel(RestoreDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindLayout = QHBoxLayout()
        self.kindLayout.setObjectName(u"kindLayout")
        self.passphraseRadio = QRadioButton(RestoreDialog)
        self.passphraseRadio.setObjectName(u"passphraseRadio")
        self.passphraseRadio.setChecked(True)

        self.kindLayout.addWidget(self.passphraseRadio)

        self.recoveryRadio = QRadioButton(RestoreDialog)
        self.recoveryRadio.setObjectName(u"recoveryRadio")

        self.kindLayout.addWidget(self.recoveryRadio)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.kindLayout)

        self.secretLabel = QLabel(RestoreDialog)
        self.secretLabel.setObjectName(u"secretLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.secretLabel)

        self.secretEdit = QLineEdit(RestoreDialog)
        self.secretEdit.setObjectName(u"secretEdit")
        self.secretEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.secretEdit)

        self.deepCheck = QCheckBox(RestoreDialog)
        self.deepCheck.setObjectName(u"deepCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.deepCheck)


        self.layout.addLayout(self.formLayout)

        self.messageLabel = QLabel(RestoreDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(RestoreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.secretLabel.setBuddy(self.secretEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RestoreDialog)

        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restore from a backup", None))
#if QT_CONFIG(accessibility)
        RestoreDialog.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Restore from a backup", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("RestoreDialog", u"The database now on this computer is not deleted: it is moved aside to a dated safety copy first. The backup is checked completely before anything is replaced.", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"About restoring", None))
#endif // QT_CONFIG(accessibility)
        self.fileLabel.setText(QCoreApplication.translate("RestoreDialog", u"Backup &file:", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Backup file", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("RestoreDialog", u"&Choose\u2026", None))
#if QT_CONFIG(accessibility)
        self.browseButton.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Choose the backup file", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("RestoreDialog", u"Open it with:", None))
        self.passphraseRadio.setText(QCoreApplication.translate("RestoreDialog", u"the backup &passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseRadio.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Open with the backup passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryRadio.setText(QCoreApplication.translate("RestoreDialog", u"the centre's &recovery code", None))
#if QT_CONFIG(accessibility)
        self.recoveryRadio.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Open with the recovery code", None))
#endif // QT_CONFIG(accessibility)
        self.secretLabel.setText(QCoreApplication.translate("RestoreDialog", u"Passphrase or &code:", None))
#if QT_CONFIG(accessibility)
        self.secretEdit.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Backup passphrase or recovery code", None))
#endif // QT_CONFIG(accessibility)
        self.deepCheck.setText(QCoreApplication.translate("RestoreDialog", u"Also &open and check the records inside (slower)", None))
#if QT_CONFIG(accessibility)
        self.deepCheck.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Also open and check the records inside (slower)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

