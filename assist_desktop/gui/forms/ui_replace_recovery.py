# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'replace_recovery.ui'
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
    QDialogButtonBox, QFrame, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ReplaceRecoveryDialog(object):
    def setupUi(self, ReplaceRecoveryDialog):
        if not ReplaceRecoveryDialog.objectName():
            ReplaceRecoveryDialog.setObjectName(u"ReplaceRecoveryDialog")
        ReplaceRecoveryDialog.resize(620, 420)
        self.layout = QVBoxLayout(ReplaceRecoveryDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ReplaceRecoveryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.makeLayout = QHBoxLayout()
        self.makeLayout.setObjectName(u"makeLayout")
        self.makeButton = QPushButton(ReplaceRecoveryDialog)
        self.makeButton.setObjectName(u"makeButton")

        self.makeLayout.addWidget(self.makeButton)

        self.makeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.makeLayout.addItem(self.makeSpacer)


        self.layout.addLayout(self.makeLayout)

        self.codeLabel = QLabel(ReplaceRecoveryDialog)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)
        self.codeLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.codeLabel.setWordWrap(True)
        self.codeLabel.setFrameShape(QFrame.Shape.StyledPanel)
        self.codeLabel.setMargin(14)

        self.layout.addWidget(self.codeLabel)

        self.afterLabel = QLabel(ReplaceRecoveryDialog)
        self.afterLabel.setObjectName(u"afterLabel")
        self.afterLabel.setWordWrap(True)

        self.layout.addWidget(self.afterLabel)

        self.sheetLayout = QHBoxLayout()
        self.sheetLayout.setObjectName(u"sheetLayout")
        self.printButton = QPushButton(ReplaceRecoveryDialog)
        self.printButton.setObjectName(u"printButton")

        self.sheetLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(ReplaceRecoveryDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.sheetLayout.addWidget(self.saveButton)

        self.sheetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sheetLayout.addItem(self.sheetSpacer)


        self.layout.addLayout(self.sheetLayout)

        self.writtenCheck = QCheckBox(ReplaceRecoveryDialog)
        self.writtenCheck.setObjectName(u"writtenCheck")

        self.layout.addWidget(self.writtenCheck)

        self.messageLabel = QLabel(ReplaceRecoveryDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ReplaceRecoveryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.makeButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.writtenCheck)

        self.retranslateUi(ReplaceRecoveryDialog)

        QMetaObject.connectSlotsByName(ReplaceRecoveryDialog)
    # setupUi

    def retranslateUi(self, ReplaceRecoveryDialog):
        ReplaceRecoveryDialog.setWindowTitle(QCoreApplication.translate("ReplaceRecoveryDialog", u"Replace the recovery code", None))
#if QT_CONFIG(accessibility)
        ReplaceRecoveryDialog.setAccessibleName(QCoreApplication.translate("ReplaceRecoveryDialog", u"Replace the recovery code", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("ReplaceRecoveryDialog", u"Make a new recovery code when the recovery sheet may have been seen by someone who should not have it, or lost. The current code stops opening this centre the moment the new one is made, and backups made from then on open only with the new code. Backups made before keep the code they were made with: keep the old sheet locked away until those backups are gone.", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("ReplaceRecoveryDialog", u"About replacing the recovery code", None))
#endif // QT_CONFIG(accessibility)
        self.makeButton.setText(QCoreApplication.translate("ReplaceRecoveryDialog", u"&Make a new recovery code", None))
#if QT_CONFIG(accessibility)
        self.makeButton.setAccessibleName(QCoreApplication.translate("ReplaceRecoveryDialog", u"Make a new recovery code", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.codeLabel.setAccessibleName(QCoreApplication.translate("ReplaceRecoveryDialog", u"The new recovery code", None))
#endif // QT_CONFIG(accessibility)
        self.afterLabel.setText(QCoreApplication.translate("ReplaceRecoveryDialog", u"This code is shown only now. Print the recovery sheet (printing writes no file) or write the code on paper, and keep it locked away from this computer.", None))
#if QT_CONFIG(accessibility)
        self.afterLabel.setAccessibleName(QCoreApplication.translate("ReplaceRecoveryDialog", u"What to do with the new code", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("ReplaceRecoveryDialog", u"&Print recovery sheet\u2026", None))
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("ReplaceRecoveryDialog", u"Print the new recovery sheet", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("ReplaceRecoveryDialog", u"&Save recovery sheet (PDF)\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("ReplaceRecoveryDialog", u"Save the new recovery sheet", None))
#endif // QT_CONFIG(accessibility)
        self.writtenCheck.setText(QCoreApplication.translate("ReplaceRecoveryDialog", u"I have &printed the sheet or written the new code down, and it is somewhere safe", None))
#if QT_CONFIG(accessibility)
        self.writtenCheck.setAccessibleName(QCoreApplication.translate("ReplaceRecoveryDialog", u"I have kept the new recovery code safe", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("ReplaceRecoveryDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("ReplaceRecoveryDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

