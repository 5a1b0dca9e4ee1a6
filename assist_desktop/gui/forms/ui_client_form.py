# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_form.ui'
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
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from assist_desktop.gui.widgets import DateEdit

class Ui_ClientForm(object):
    def setupUi(self, ClientForm):
        if not ClientForm.objectName():
            ClientForm.setObjectName(u"ClientForm")
        ClientForm.resize(900, 640)
        self.layout = QHBoxLayout(ClientForm)
        self.layout.setSpacing(14)
        self.layout.setObjectName(u"layout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.groupNames = QGroupBox(ClientForm)
        self.groupNames.setObjectName(u"groupNames")
        self.groupNamesLayout = QFormLayout(self.groupNames)
        self.groupNamesLayout.setObjectName(u"groupNamesLayout")
        self.groupNamesLayout.setVerticalSpacing(6)
        self.preferredNameEditLabel = QLabel(self.groupNames)
        self.preferredNameEditLabel.setObjectName(u"preferredNameEditLabel")

        self.groupNamesLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.preferredNameEditLabel)

        self.preferredNameEdit = QLineEdit(self.groupNames)
        self.preferredNameEdit.setObjectName(u"preferredNameEdit")
        self.preferredNameEdit.setMaxLength(500)

        self.groupNamesLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.preferredNameEdit)

        self.givenNamesEditLabel = QLabel(self.groupNames)
        self.givenNamesEditLabel.setObjectName(u"givenNamesEditLabel")

        self.groupNamesLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.givenNamesEditLabel)

        self.givenNamesEdit = QLineEdit(self.groupNames)
        self.givenNamesEdit.setObjectName(u"givenNamesEdit")
        self.givenNamesEdit.setMaxLength(500)

        self.groupNamesLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.givenNamesEdit)

        self.familyNameEditLabel = QLabel(self.groupNames)
        self.familyNameEditLabel.setObjectName(u"familyNameEditLabel")

        self.groupNamesLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.familyNameEditLabel)

        self.familyNameEdit = QLineEdit(self.groupNames)
        self.familyNameEdit.setObjectName(u"familyNameEdit")
        self.familyNameEdit.setMaxLength(500)

        self.groupNamesLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.familyNameEdit)

        self.aliasesEditLabel = QLabel(self.groupNames)
        self.aliasesEditLabel.setObjectName(u"aliasesEditLabel")

        self.groupNamesLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.aliasesEditLabel)

        self.aliasesEdit = QPlainTextEdit(self.groupNames)
        self.aliasesEdit.setObjectName(u"aliasesEdit")
        self.aliasesEdit.setTabChangesFocus(True)
        self.aliasesEdit.setMaximumSize(QSize(16777215, 70))

        self.groupNamesLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.aliasesEdit)


        self.leftColumn.addWidget(self.groupNames)

        self.groupIdentity = QGroupBox(ClientForm)
        self.groupIdentity.setObjectName(u"groupIdentity")
        self.groupIdentityLayout = QFormLayout(self.groupIdentity)
        self.groupIdentityLayout.setObjectName(u"groupIdentityLayout")
        self.groupIdentityLayout.setVerticalSpacing(6)
        self.dobEditLabel = QLabel(self.groupIdentity)
        self.dobEditLabel.setObjectName(u"dobEditLabel")

        self.groupIdentityLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dobEditLabel)

        self.dobEdit = DateEdit(self.groupIdentity)
        self.dobEdit.setObjectName(u"dobEdit")

        self.groupIdentityLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dobEdit)

        self.ageDisputedCheck = QCheckBox(self.groupIdentity)
        self.ageDisputedCheck.setObjectName(u"ageDisputedCheck")

        self.groupIdentityLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ageDisputedCheck)

        self.nationalityEditLabel = QLabel(self.groupIdentity)
        self.nationalityEditLabel.setObjectName(u"nationalityEditLabel")

        self.groupIdentityLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nationalityEditLabel)

        self.nationalityEdit = QLineEdit(self.groupIdentity)
        self.nationalityEdit.setObjectName(u"nationalityEdit")

        self.groupIdentityLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nationalityEdit)

        self.languagesEditLabel = QLabel(self.groupIdentity)
        self.languagesEditLabel.setObjectName(u"languagesEditLabel")

        self.groupIdentityLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.languagesEditLabel)

        self.languagesEdit = QLineEdit(self.groupIdentity)
        self.languagesEdit.setObjectName(u"languagesEdit")

        self.groupIdentityLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.languagesEdit)

        self.interpreterCheck = QCheckBox(self.groupIdentity)
        self.interpreterCheck.setObjectName(u"interpreterCheck")

        self.groupIdentityLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.interpreterCheck)

        self.interpreterGenderComboLabel = QLabel(self.groupIdentity)
        self.interpreterGenderComboLabel.setObjectName(u"interpreterGenderComboLabel")

        self.groupIdentityLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.interpreterGenderComboLabel)

        self.interpreterGenderCombo = QComboBox(self.groupIdentity)
        self.interpreterGenderCombo.setObjectName(u"interpreterGenderCombo")

        self.groupIdentityLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.interpreterGenderCombo)

        self.interviewerGenderComboLabel = QLabel(self.groupIdentity)
        self.interviewerGenderComboLabel.setObjectName(u"interviewerGenderComboLabel")

        self.groupIdentityLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.interviewerGenderComboLabel)

        self.interviewerGenderCombo = QComboBox(self.groupIdentity)
        self.interviewerGenderCombo.setObjectName(u"interviewerGenderCombo")

        self.groupIdentityLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.interviewerGenderCombo)

        self.statusComboLabel = QLabel(self.groupIdentity)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.groupIdentityLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.statusComboLabel)

        self.statusCombo = QComboBox(self.groupIdentity)
        self.statusCombo.setObjectName(u"statusCombo")

        self.groupIdentityLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.statusCombo)


        self.leftColumn.addWidget(self.groupIdentity)

        self.leftColumnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftColumnSpacer)


        self.layout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.groupContact = QGroupBox(ClientForm)
        self.groupContact.setObjectName(u"groupContact")
        self.groupContactLayout = QFormLayout(self.groupContact)
        self.groupContactLayout.setObjectName(u"groupContactLayout")
        self.groupContactLayout.setVerticalSpacing(6)
        self.phoneEditLabel = QLabel(self.groupContact)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.groupContactLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phoneEditLabel)

        self.phoneEdit = QLineEdit(self.groupContact)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.groupContactLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailEditLabel = QLabel(self.groupContact)
        self.emailEditLabel.setObjectName(u"emailEditLabel")

        self.groupContactLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.emailEditLabel)

        self.emailEdit = QLineEdit(self.groupContact)
        self.emailEdit.setObjectName(u"emailEdit")

        self.groupContactLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.addressEditLabel = QLabel(self.groupContact)
        self.addressEditLabel.setObjectName(u"addressEditLabel")

        self.groupContactLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressEditLabel)

        self.addressEdit = QPlainTextEdit(self.groupContact)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)
        self.addressEdit.setMaximumSize(QSize(16777215, 70))

        self.groupContactLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)


        self.rightColumn.addWidget(self.groupContact)

        self.groupSafecontact = QGroupBox(ClientForm)
        self.groupSafecontact.setObjectName(u"groupSafecontact")
        self.groupSafecontactLayout = QFormLayout(self.groupSafecontact)
        self.groupSafecontactLayout.setObjectName(u"groupSafecontactLayout")
        self.groupSafecontactLayout.setVerticalSpacing(6)
        self.contactMethodComboLabel = QLabel(self.groupSafecontact)
        self.contactMethodComboLabel.setObjectName(u"contactMethodComboLabel")

        self.groupSafecontactLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contactMethodComboLabel)

        self.contactMethodCombo = QComboBox(self.groupSafecontact)
        self.contactMethodCombo.setObjectName(u"contactMethodCombo")

        self.groupSafecontactLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contactMethodCombo)

        self.safeTimesEditLabel = QLabel(self.groupSafecontact)
        self.safeTimesEditLabel.setObjectName(u"safeTimesEditLabel")

        self.groupSafecontactLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.safeTimesEditLabel)

        self.safeTimesEdit = QLineEdit(self.groupSafecontact)
        self.safeTimesEdit.setObjectName(u"safeTimesEdit")

        self.groupSafecontactLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.safeTimesEdit)

        self.messagesCheck = QCheckBox(self.groupSafecontact)
        self.messagesCheck.setObjectName(u"messagesCheck")

        self.groupSafecontactLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.messagesCheck)

        self.noDiscloseCheck = QCheckBox(self.groupSafecontact)
        self.noDiscloseCheck.setObjectName(u"noDiscloseCheck")

        self.groupSafecontactLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noDiscloseCheck)

        self.instructionsEditLabel = QLabel(self.groupSafecontact)
        self.instructionsEditLabel.setObjectName(u"instructionsEditLabel")

        self.groupSafecontactLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.instructionsEditLabel)

        self.instructionsEdit = QPlainTextEdit(self.groupSafecontact)
        self.instructionsEdit.setObjectName(u"instructionsEdit")
        self.instructionsEdit.setTabChangesFocus(True)
        self.instructionsEdit.setMaximumSize(QSize(16777215, 70))

        self.groupSafecontactLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.instructionsEdit)


        self.rightColumn.addWidget(self.groupSafecontact)

        self.groupSafetyaccess = QGroupBox(ClientForm)
        self.groupSafetyaccess.setObjectName(u"groupSafetyaccess")
        self.groupSafetyaccessLayout = QFormLayout(self.groupSafetyaccess)
        self.groupSafetyaccessLayout.setObjectName(u"groupSafetyaccessLayout")
        self.groupSafetyaccessLayout.setVerticalSpacing(6)
        self.flagsListLabel = QLabel(self.groupSafetyaccess)
        self.flagsListLabel.setObjectName(u"flagsListLabel")

        self.groupSafetyaccessLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.flagsListLabel)

        self.flagsList = QListWidget(self.groupSafetyaccess)
        self.flagsList.setObjectName(u"flagsList")
        self.flagsList.setMaximumSize(QSize(16777215, 150))

        self.groupSafetyaccessLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.flagsList)

        self.keyWorkerComboLabel = QLabel(self.groupSafetyaccess)
        self.keyWorkerComboLabel.setObjectName(u"keyWorkerComboLabel")

        self.groupSafetyaccessLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keyWorkerComboLabel)

        self.keyWorkerCombo = QComboBox(self.groupSafetyaccess)
        self.keyWorkerCombo.setObjectName(u"keyWorkerCombo")

        self.groupSafetyaccessLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.keyWorkerCombo)

        self.solicitorComboLabel = QLabel(self.groupSafetyaccess)
        self.solicitorComboLabel.setObjectName(u"solicitorComboLabel")

        self.groupSafetyaccessLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.solicitorComboLabel)

        self.solicitorCombo = QComboBox(self.groupSafetyaccess)
        self.solicitorCombo.setObjectName(u"solicitorCombo")

        self.groupSafetyaccessLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.solicitorCombo)

        self.restrictCheck = QCheckBox(self.groupSafetyaccess)
        self.restrictCheck.setObjectName(u"restrictCheck")

        self.groupSafetyaccessLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.restrictCheck)

        self.restrictListLabel = QLabel(self.groupSafetyaccess)
        self.restrictListLabel.setObjectName(u"restrictListLabel")

        self.groupSafetyaccessLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.restrictListLabel)

        self.restrictList = QListWidget(self.groupSafetyaccess)
        self.restrictList.setObjectName(u"restrictList")
        self.restrictList.setMaximumSize(QSize(16777215, 120))

        self.groupSafetyaccessLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.restrictList)


        self.rightColumn.addWidget(self.groupSafetyaccess)

        self.rightColumnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightColumnSpacer)


        self.layout.addLayout(self.rightColumn)

#if QT_CONFIG(shortcut)
        self.preferredNameEditLabel.setBuddy(self.preferredNameEdit)
        self.givenNamesEditLabel.setBuddy(self.givenNamesEdit)
        self.familyNameEditLabel.setBuddy(self.familyNameEdit)
        self.aliasesEditLabel.setBuddy(self.aliasesEdit)
        self.dobEditLabel.setBuddy(self.dobEdit)
        self.nationalityEditLabel.setBuddy(self.nationalityEdit)
        self.languagesEditLabel.setBuddy(self.languagesEdit)
        self.interpreterGenderComboLabel.setBuddy(self.interpreterGenderCombo)
        self.interviewerGenderComboLabel.setBuddy(self.interviewerGenderCombo)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
        self.emailEditLabel.setBuddy(self.emailEdit)
        self.addressEditLabel.setBuddy(self.addressEdit)
        self.contactMethodComboLabel.setBuddy(self.contactMethodCombo)
        self.safeTimesEditLabel.setBuddy(self.safeTimesEdit)
        self.instructionsEditLabel.setBuddy(self.instructionsEdit)
        self.flagsListLabel.setBuddy(self.flagsList)
        self.keyWorkerComboLabel.setBuddy(self.keyWorkerCombo)
        self.solicitorComboLabel.setBuddy(self.solicitorCombo)
        self.restrictListLabel.setBuddy(self.restrictList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.preferredNameEdit, self.givenNamesEdit)
        QWidget.setTabOrder(self.givenNamesEdit, self.familyNameEdit)
        QWidget.setTabOrder(self.familyNameEdit, self.aliasesEdit)
        QWidget.setTabOrder(self.aliasesEdit, self.dobEdit)
        QWidget.setTabOrder(self.dobEdit, self.ageDisputedCheck)
        QWidget.setTabOrder(self.ageDisputedCheck, self.nationalityEdit)
        QWidget.setTabOrder(self.nationalityEdit, self.languagesEdit)
        QWidget.setTabOrder(self.languagesEdit, self.interpreterCheck)
        QWidget.setTabOrder(self.interpreterCheck, self.interpreterGenderCombo)
        QWidget.setTabOrder(self.interpreterGenderCombo, self.interviewerGenderCombo)
        QWidget.setTabOrder(self.interviewerGenderCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.contactMethodCombo)
        QWidget.setTabOrder(self.contactMethodCombo, self.safeTimesEdit)
        QWidget.setTabOrder(self.safeTimesEdit, self.messagesCheck)
        QWidget.setTabOrder(self.messagesCheck, self.noDiscloseCheck)
        QWidget.setTabOrder(self.noDiscloseCheck, self.instructionsEdit)
        QWidget.setTabOrder(self.instructionsEdit, self.flagsList)
        QWidget.setTabOrder(self.flagsList, self.keyWorkerCombo)
        QWidget.setTabOrder(self.keyWorkerCombo, self.solicitorCombo)
        QWidget.setTabOrder(self.solicitorCombo, self.restrictCheck)
        QWidget.setTabOrder(self.restrictCheck, self.restrictList)

        self.retranslateUi(ClientForm)

        QMetaObject.connectSlotsByName(ClientForm)
    # setupUi

    def retranslateUi(self, ClientForm):
#if QT_CONFIG(accessibility)
        ClientForm.setAccessibleName(QCoreApplication.translate("ClientForm", u"Her details", None))
#endif // QT_CONFIG(accessibility)
        self.groupNames.setTitle(QCoreApplication.translate("ClientForm", u"Names", None))
#if QT_CONFIG(accessibility)
        self.groupNames.setAccessibleName(QCoreApplication.translate("ClientForm", u"Names", None))
#endif // QT_CONFIG(accessibility)
        self.preferredNameEditLabel.setText(QCoreApplication.translate("ClientForm", u"Name she &wants used:", None))
#if QT_CONFIG(accessibility)
        self.preferredNameEdit.setAccessibleName(QCoreApplication.translate("ClientForm", u"Name she wants used", None))
#endif // QT_CONFIG(accessibility)
        self.givenNamesEditLabel.setText(QCoreApplication.translate("ClientForm", u"&Given names:", None))
#if QT_CONFIG(accessibility)
        self.givenNamesEdit.setAccessibleName(QCoreApplication.translate("ClientForm", u"Given names", None))
#endif // QT_CONFIG(accessibility)
        self.familyNameEditLabel.setText(QCoreApplication.translate("ClientForm", u"&Family name:", None))
#if QT_CONFIG(accessibility)
        self.familyNameEdit.setAccessibleName(QCoreApplication.translate("ClientForm", u"Family name", None))
#endif // QT_CONFIG(accessibility)
        self.aliasesEditLabel.setText(QCoreApplication.translate("ClientForm", u"&Other names and spellings (one a line):", None))
#if QT_CONFIG(accessibility)
        self.aliasesEdit.setAccessibleName(QCoreApplication.translate("ClientForm", u"Other names and spellings", None))
#endif // QT_CONFIG(accessibility)
        self.groupIdentity.setTitle(QCoreApplication.translate("ClientForm", u"Identity", None))
#if QT_CONFIG(accessibility)
        self.groupIdentity.setAccessibleName(QCoreApplication.translate("ClientForm", u"Identity", None))
#endif // QT_CONFIG(accessibility)
        self.dobEditLabel.setText(QCoreApplication.translate("ClientForm", u"Date of &birth:", None))
#if QT_CONFIG(accessibility)
        self.dobEdit.setAccessibleName(QCoreApplication.translate("ClientForm", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ageDisputedCheck.setAccessibleName(QCoreApplication.translate("ClientForm", u"Age disputed", None))
#endif // QT_CONFIG(accessibility)
        self.ageDisputedCheck.setText(QCoreApplication.translate("ClientForm", u"Age &disputed", None))
        self.nationalityEditLabel.setText(QCoreApplication.translate("ClientForm", u"Nationalit&y:", None))
#if QT_CONFIG(accessibility)
        self.nationalityEdit.setAccessibleName(QCoreApplication.translate("ClientForm", u"Nationality", None))
#endif // QT_CONFIG(accessibility)
        self.languagesEditLabel.setText(QCoreApplication.translate("ClientForm", u"&Languages:", None))
#if QT_CONFIG(accessibility)
        self.languagesEdit.setAccessibleName(QCoreApplication.translate("ClientForm", u"Languages", None))
#endif // QT_CONFIG(accessibility)
        self.languagesEdit.setPlaceholderText(QCoreApplication.translate("ClientForm", u"e.g. Tigrinya (Asmara); English", None))
#if QT_CONFIG(accessibility)
        self.interpreterCheck.setAccessibleName(QCoreApplication.translate("ClientForm", u"Needs an interpreter", None))
#endif // QT_CONFIG(accessibility)
        self.interpreterCheck.setText(QCoreApplication.translate("ClientForm", u"Needs an &interpreter", None))
        self.interpreterGenderComboLabel.setText(QCoreApplication.translate("ClientForm", u"Interpreter &gender:", None))
#if QT_CONFIG(accessibility)
        self.interpreterGenderCombo.setAccessibleName(QCoreApplication.translate("ClientForm", u"Preferred interpreter gender", None))
#endif // QT_CONFIG(accessibility)
        self.interviewerGenderComboLabel.setText(QCoreApplication.translate("ClientForm", u"Inter&viewer gender:", None))
#if QT_CONFIG(accessibility)
        self.interviewerGenderCombo.setAccessibleName(QCoreApplication.translate("ClientForm", u"Preferred interviewer gender", None))
#endif // QT_CONFIG(accessibility)
        self.statusComboLabel.setText(QCoreApplication.translate("ClientForm", u"Immigration &status:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("ClientForm", u"Immigration status", None))
#endif // QT_CONFIG(accessibility)
        self.groupContact.setTitle(QCoreApplication.translate("ClientForm", u"Contact", None))
#if QT_CONFIG(accessibility)
        self.groupContact.setAccessibleName(QCoreApplication.translate("ClientForm", u"Contact", None))
#endif // QT_CONFIG(accessibility)
        self.phoneEditLabel.setText(QCoreApplication.translate("ClientForm", u"&Phone:", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("ClientForm", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.emailEditLabel.setText(QCoreApplication.translate("ClientForm", u"&Email:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("ClientForm", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.addressEditLabel.setText(QCoreApplication.translate("ClientForm", u"&Address:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("ClientForm", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.groupSafecontact.setTitle(QCoreApplication.translate("ClientForm", u"Safe contact", None))
#if QT_CONFIG(accessibility)
        self.groupSafecontact.setAccessibleName(QCoreApplication.translate("ClientForm", u"Safe contact", None))
#endif // QT_CONFIG(accessibility)
        self.contactMethodComboLabel.setText(QCoreApplication.translate("ClientForm", u"How to &reach her safely:", None))
#if QT_CONFIG(accessibility)
        self.contactMethodCombo.setAccessibleName(QCoreApplication.translate("ClientForm", u"Safe contact method", None))
#endif // QT_CONFIG(accessibility)
        self.safeTimesEditLabel.setText(QCoreApplication.translate("ClientForm", u"Safe &times:", None))
#if QT_CONFIG(accessibility)
        self.safeTimesEdit.setAccessibleName(QCoreApplication.translate("ClientForm", u"Safe times", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messagesCheck.setAccessibleName(QCoreApplication.translate("ClientForm", u"Messages may be left", None))
#endif // QT_CONFIG(accessibility)
        self.messagesCheck.setText(QCoreApplication.translate("ClientForm", u"&Messages may be left", None))
#if QT_CONFIG(accessibility)
        self.noDiscloseCheck.setAccessibleName(QCoreApplication.translate("ClientForm", u"Never disclose her address", None))
#endif // QT_CONFIG(accessibility)
        self.noDiscloseCheck.setText(QCoreApplication.translate("ClientForm", u"&Never disclose her address", None))
        self.instructionsEditLabel.setText(QCoreApplication.translate("ClientForm", u"&Instructions:", None))
#if QT_CONFIG(accessibility)
        self.instructionsEdit.setAccessibleName(QCoreApplication.translate("ClientForm", u"Safe contact instructions", None))
#endif // QT_CONFIG(accessibility)
        self.groupSafetyaccess.setTitle(QCoreApplication.translate("ClientForm", u"Safety and access", None))
#if QT_CONFIG(accessibility)
        self.groupSafetyaccess.setAccessibleName(QCoreApplication.translate("ClientForm", u"Safety and access", None))
#endif // QT_CONFIG(accessibility)
        self.flagsListLabel.setText(QCoreApplication.translate("ClientForm", u"Safety &flags:", None))
#if QT_CONFIG(accessibility)
        self.flagsList.setAccessibleName(QCoreApplication.translate("ClientForm", u"Safety flags", None))
#endif // QT_CONFIG(accessibility)
        self.keyWorkerComboLabel.setText(QCoreApplication.translate("ClientForm", u"&Key worker:", None))
#if QT_CONFIG(accessibility)
        self.keyWorkerCombo.setAccessibleName(QCoreApplication.translate("ClientForm", u"Key worker", None))
#endif // QT_CONFIG(accessibility)
        self.solicitorComboLabel.setText(QCoreApplication.translate("ClientForm", u"Soli&citor:", None))
#if QT_CONFIG(accessibility)
        self.solicitorCombo.setAccessibleName(QCoreApplication.translate("ClientForm", u"Solicitor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.restrictCheck.setAccessibleName(QCoreApplication.translate("ClientForm", u"Restrict this file to named staff", None))
#endif // QT_CONFIG(accessibility)
        self.restrictCheck.setText(QCoreApplication.translate("ClientForm", u"Restrict t&his file to named staff (for example when a colleague knows the trafficker)", None))
        self.restrictListLabel.setText(QCoreApplication.translate("ClientForm", u"Named staff (you must be one):", None))
#if QT_CONFIG(accessibility)
        self.restrictList.setAccessibleName(QCoreApplication.translate("ClientForm", u"Staff who may open this file", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

