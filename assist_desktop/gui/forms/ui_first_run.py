# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizard,
    QWizardPage)

from assist_desktop.gui.widgets import CheckedPage

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard):
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.resize(640, 520)
        FirstRunWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        FirstRunWizard.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage|QWizard.WizardOption.NoBackButtonOnLastPage|QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.welcomePage = QWizardPage()
        self.welcomePage.setObjectName(u"welcomePage")
        self.welcomeLayout = QVBoxLayout(self.welcomePage)
        self.welcomeLayout.setObjectName(u"welcomeLayout")
        self.welcomeText = QLabel(self.welcomePage)
        self.welcomeText.setObjectName(u"welcomeText")
        self.welcomeText.setWordWrap(True)
        self.welcomeText.setTextFormat(Qt.TextFormat.RichText)

        self.welcomeLayout.addWidget(self.welcomeText)

        self.welcomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcomeLayout.addItem(self.welcomeSpacer)

        FirstRunWizard.addPage(self.welcomePage)
        self.centrePage = CheckedPage()
        self.centrePage.setObjectName(u"centrePage")
        self.centreLayout = QFormLayout(self.centrePage)
        self.centreLayout.setObjectName(u"centreLayout")
        self.centreLayout.setVerticalSpacing(10)
        self.centreNameLabel = QLabel(self.centrePage)
        self.centreNameLabel.setObjectName(u"centreNameLabel")

        self.centreLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.centreNameLabel)

        self.centreNameEdit = QLineEdit(self.centrePage)
        self.centreNameEdit.setObjectName(u"centreNameEdit")
        self.centreNameEdit.setMaxLength(200)

        self.centreLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.centreNameEdit)

        self.jurisdictionLabel = QLabel(self.centrePage)
        self.jurisdictionLabel.setObjectName(u"jurisdictionLabel")

        self.centreLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.jurisdictionLabel)

        self.jurisdictionCombo = QComboBox(self.centrePage)
        self.jurisdictionCombo.setObjectName(u"jurisdictionCombo")

        self.centreLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.jurisdictionCombo)

        self.addressLabel = QLabel(self.centrePage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.centreLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(self.centrePage)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)
        self.addressEdit.setMaximumSize(QSize(16777215, 110))

        self.centreLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        FirstRunWizard.addPage(self.centrePage)
        self.adminPage = CheckedPage()
        self.adminPage.setObjectName(u"adminPage")
        self.adminLayout = QFormLayout(self.adminPage)
        self.adminLayout.setObjectName(u"adminLayout")
        self.adminLayout.setVerticalSpacing(10)
        self.fullNameLabel = QLabel(self.adminPage)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.adminLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(self.adminPage)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(200)

        self.adminLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.usernameLabel = QLabel(self.adminPage)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.adminLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(self.adminPage)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(32)

        self.adminLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.rolesLabel = QLabel(self.adminPage)
        self.rolesLabel.setObjectName(u"rolesLabel")

        self.adminLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rolesLabel)

        self.rolesLayout = QHBoxLayout()
        self.rolesLayout.setObjectName(u"rolesLayout")
        self.solicitorCheck = QCheckBox(self.adminPage)
        self.solicitorCheck.setObjectName(u"solicitorCheck")

        self.rolesLayout.addWidget(self.solicitorCheck)

        self.supportCheck = QCheckBox(self.adminPage)
        self.supportCheck.setObjectName(u"supportCheck")

        self.rolesLayout.addWidget(self.supportCheck)

        self.rolesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rolesLayout.addItem(self.rolesSpacer)


        self.adminLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.rolesLayout)

        self.passphraseLabel = QLabel(self.adminPage)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.adminLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.adminPage)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.strengthBar = QProgressBar(self.adminPage)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(4)
        self.strengthBar.setTextVisible(False)
        self.strengthBar.setMaximumSize(QSize(16777215, 8))

        self.adminLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.strengthBar)

        self.strengthLabel = QLabel(self.adminPage)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setWordWrap(True)

        self.adminLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.strengthLabel)

        self.confirmLabel = QLabel(self.adminPage)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.adminLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(self.adminPage)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

        self.adminMessageLabel = QLabel(self.adminPage)
        self.adminMessageLabel.setObjectName(u"adminMessageLabel")
        self.adminMessageLabel.setWordWrap(True)

        self.adminLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.adminMessageLabel)

        self.busyBar = QProgressBar(self.adminPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumSize(QSize(16777215, 6))

        self.adminLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.busyBar)

        FirstRunWizard.addPage(self.adminPage)
        self.recoveryPage = CheckedPage()
        self.recoveryPage.setObjectName(u"recoveryPage")
        self.recoveryLayout = QVBoxLayout(self.recoveryPage)
        self.recoveryLayout.setSpacing(12)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.recoveryIntro = QLabel(self.recoveryPage)
        self.recoveryIntro.setObjectName(u"recoveryIntro")
        self.recoveryIntro.setWordWrap(True)

        self.recoveryLayout.addWidget(self.recoveryIntro)

        self.recoveryCodeLabel = QLabel(self.recoveryPage)
        self.recoveryCodeLabel.setObjectName(u"recoveryCodeLabel")
        self.recoveryCodeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recoveryCodeLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recoveryCodeLabel.setWordWrap(True)
        self.recoveryCodeLabel.setFrameShape(QFrame.Shape.StyledPanel)
        self.recoveryCodeLabel.setMargin(14)

        self.recoveryLayout.addWidget(self.recoveryCodeLabel)

        self.sheetLayout = QHBoxLayout()
        self.sheetLayout.setObjectName(u"sheetLayout")
        self.printSheetButton = QPushButton(self.recoveryPage)
        self.printSheetButton.setObjectName(u"printSheetButton")

        self.sheetLayout.addWidget(self.printSheetButton)

        self.saveSheetButton = QPushButton(self.recoveryPage)
        self.saveSheetButton.setObjectName(u"saveSheetButton")

        self.sheetLayout.addWidget(self.saveSheetButton)

        self.sheetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sheetLayout.addItem(self.sheetSpacer)


        self.recoveryLayout.addLayout(self.sheetLayout)

        self.writtenCheck = QCheckBox(self.recoveryPage)
        self.writtenCheck.setObjectName(u"writtenCheck")

        self.recoveryLayout.addWidget(self.writtenCheck)

        self.recoverySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recoveryLayout.addItem(self.recoverySpacer)

        FirstRunWizard.addPage(self.recoveryPage)
#if QT_CONFIG(shortcut)
        self.centreNameLabel.setBuddy(self.centreNameEdit)
        self.jurisdictionLabel.setBuddy(self.jurisdictionCombo)
        self.addressLabel.setBuddy(self.addressEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.centreNameEdit, self.jurisdictionCombo)
        QWidget.setTabOrder(self.jurisdictionCombo, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.solicitorCheck)
        QWidget.setTabOrder(self.solicitorCheck, self.supportCheck)
        QWidget.setTabOrder(self.supportCheck, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.printSheetButton)
        QWidget.setTabOrder(self.printSheetButton, self.saveSheetButton)
        QWidget.setTabOrder(self.saveSheetButton, self.writtenCheck)

        self.retranslateUi(FirstRunWizard)

        QMetaObject.connectSlotsByName(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard):
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"Set up ASSIST Desktop", None))
#if QT_CONFIG(accessibility)
        FirstRunWizard.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Set up ASSIST Desktop", None))
#endif // QT_CONFIG(accessibility)
        self.welcomePage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Welcome", None))
        self.welcomePage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"This computer does not hold an ASSIST database yet. These steps create one for your centre.", None))
        self.welcomeText.setText(QCoreApplication.translate("FirstRunWizard", u"<p>Everything you record in ASSIST Desktop is kept in one encrypted database on this computer. Nothing is sent anywhere.</p><p>You will:</p><ol><li>name the centre and choose its jurisdiction,</li><li>create the first administrator's account and passphrase,</li><li>write down the centre's <b>recovery code</b>, which opens the database if every passphrase is lost.</li></ol><p>Have a pen and paper ready, or a printer.</p>", None))
#if QT_CONFIG(accessibility)
        self.welcomeText.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"About the set-up", None))
#endif // QT_CONFIG(accessibility)
        self.centrePage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Your centre", None))
        self.centrePage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"The name and address appear on letters and documents. The jurisdiction decides the time limits, wording and currency.", None))
        self.centreNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Centre &name:", None))
#if QT_CONFIG(accessibility)
        self.centreNameEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Centre name", None))
#endif // QT_CONFIG(accessibility)
        self.jurisdictionLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Jurisdiction:", None))
#if QT_CONFIG(accessibility)
        self.jurisdictionCombo.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Jurisdiction", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Address for letterheads:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Address for letterheads", None))
#endif // QT_CONFIG(accessibility)
        self.adminPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"The first administrator", None))
        self.adminPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"This person manages staff accounts, backups and settings. Choose a passphrase of several unrelated words.", None))
        self.fullNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Full name:", None))
#if QT_CONFIG(accessibility)
        self.fullNameEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.usernameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Username:", None))
#if QT_CONFIG(accessibility)
        self.usernameEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Username", None))
#endif // QT_CONFIG(accessibility)
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"for example: amara.o", None))
        self.rolesLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Also works as:", None))
        self.solicitorCheck.setText(QCoreApplication.translate("FirstRunWizard", u"&Solicitor", None))
#if QT_CONFIG(accessibility)
        self.solicitorCheck.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Also a solicitor", None))
#endif // QT_CONFIG(accessibility)
        self.supportCheck.setText(QCoreApplication.translate("FirstRunWizard", u"Support &worker", None))
#if QT_CONFIG(accessibility)
        self.supportCheck.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Also a support worker", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strengthBar.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strengthLabel.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Passphrase advice", None))
#endif // QT_CONFIG(accessibility)
        self.confirmLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Confirm passphrase:", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Confirm passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.adminMessageLabel.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Creating the database", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"The recovery code", None))
        self.recoveryPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"This code opens the database if every passphrase is lost. It is shown only now.", None))
        self.recoveryIntro.setText(QCoreApplication.translate("FirstRunWizard", u"Write the code on paper or print the recovery sheet (printing writes no file), and keep it locked away from this computer (for example in the office safe). Anyone with this code and a copy of the database can read it.", None))
#if QT_CONFIG(accessibility)
        self.recoveryIntro.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"About the recovery code", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recoveryCodeLabel.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Recovery code", None))
#endif // QT_CONFIG(accessibility)
        self.printSheetButton.setText(QCoreApplication.translate("FirstRunWizard", u"&Print recovery sheet\u2026", None))
#if QT_CONFIG(accessibility)
        self.printSheetButton.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Print recovery sheet", None))
#endif // QT_CONFIG(accessibility)
        self.saveSheetButton.setText(QCoreApplication.translate("FirstRunWizard", u"&Save recovery sheet (PDF)\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveSheetButton.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Save recovery sheet", None))
#endif // QT_CONFIG(accessibility)
        self.writtenCheck.setText(QCoreApplication.translate("FirstRunWizard", u"I have &written down the recovery code or saved the recovery sheet somewhere safe", None))
#if QT_CONFIG(accessibility)
        self.writtenCheck.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"I have written down the recovery code", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

