# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QProgressBar, QRadioButton, QScrollArea, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget,
    QWizard)

from assist_desktop.gui.widgets import (CheckedPage, DateEdit)

class Ui_IntakeWizard(object):
    def setupUi(self, IntakeWizard):
        if not IntakeWizard.objectName():
            IntakeWizard.setObjectName(u"IntakeWizard")
        IntakeWizard.resize(980, 720)
        IntakeWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        IntakeWizard.setOptions(QWizard.WizardOption.NoBackButtonOnLastPage|QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.namesPage = CheckedPage()
        self.namesPage.setObjectName(u"namesPage")
        self.namesLayout = QFormLayout(self.namesPage)
        self.namesLayout.setObjectName(u"namesLayout")
        self.namesLayout.setVerticalSpacing(8)
        self.preferredLabel = QLabel(self.namesPage)
        self.preferredLabel.setObjectName(u"preferredLabel")

        self.namesLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.preferredLabel)

        self.preferredEdit = QLineEdit(self.namesPage)
        self.preferredEdit.setObjectName(u"preferredEdit")
        self.preferredEdit.setMaxLength(500)

        self.namesLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.preferredEdit)

        self.givenLabel = QLabel(self.namesPage)
        self.givenLabel.setObjectName(u"givenLabel")

        self.namesLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.givenLabel)

        self.givenEdit = QLineEdit(self.namesPage)
        self.givenEdit.setObjectName(u"givenEdit")
        self.givenEdit.setMaxLength(500)

        self.namesLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.givenEdit)

        self.familyLabel = QLabel(self.namesPage)
        self.familyLabel.setObjectName(u"familyLabel")

        self.namesLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.familyLabel)

        self.familyEdit = QLineEdit(self.namesPage)
        self.familyEdit.setObjectName(u"familyEdit")
        self.familyEdit.setMaxLength(500)

        self.namesLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.familyEdit)

        self.aliasesLabel = QLabel(self.namesPage)
        self.aliasesLabel.setObjectName(u"aliasesLabel")

        self.namesLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.aliasesLabel)

        self.aliasesEdit = QPlainTextEdit(self.namesPage)
        self.aliasesEdit.setObjectName(u"aliasesEdit")
        self.aliasesEdit.setTabChangesFocus(True)
        self.aliasesEdit.setMaximumSize(QSize(16777215, 90))

        self.namesLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.aliasesEdit)

        self.dobLabel = QLabel(self.namesPage)
        self.dobLabel.setObjectName(u"dobLabel")

        self.namesLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dobLabel)

        self.dobEdit = DateEdit(self.namesPage)
        self.dobEdit.setObjectName(u"dobEdit")

        self.namesLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dobEdit)

        self.namesMessage = QLabel(self.namesPage)
        self.namesMessage.setObjectName(u"namesMessage")
        self.namesMessage.setWordWrap(True)

        self.namesLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.namesMessage)

        self.checkBusy = QProgressBar(self.namesPage)
        self.checkBusy.setObjectName(u"checkBusy")
        self.checkBusy.setMaximum(0)
        self.checkBusy.setTextVisible(False)
        self.checkBusy.setMaximumSize(QSize(16777215, 6))

        self.namesLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.checkBusy)

        IntakeWizard.addPage(self.namesPage)
        self.conflictPage = CheckedPage()
        self.conflictPage.setObjectName(u"conflictPage")
        self.conflictLayout = QVBoxLayout(self.conflictPage)
        self.conflictLayout.setObjectName(u"conflictLayout")
        self.conflictSummary = QLabel(self.conflictPage)
        self.conflictSummary.setObjectName(u"conflictSummary")
        self.conflictSummary.setWordWrap(True)

        self.conflictLayout.addWidget(self.conflictSummary)

        self.matchesView = QTableView(self.conflictPage)
        self.matchesView.setObjectName(u"matchesView")
        self.matchesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matchesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matchesView.setAlternatingRowColors(True)
        self.matchesView.setTabKeyNavigation(False)
        self.matchesView.horizontalHeader().setStretchLastSection(True)
        self.matchesView.verticalHeader().setVisible(False)

        self.conflictLayout.addWidget(self.matchesView)

        self.decisionGroup = QGroupBox(self.conflictPage)
        self.decisionGroup.setObjectName(u"decisionGroup")
        self.decisionLayout = QVBoxLayout(self.decisionGroup)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.proceedRadio = QRadioButton(self.decisionGroup)
        self.proceedRadio.setObjectName(u"proceedRadio")

        self.decisionLayout.addWidget(self.proceedRadio)

        self.declineRadio = QRadioButton(self.decisionGroup)
        self.declineRadio.setObjectName(u"declineRadio")

        self.decisionLayout.addWidget(self.declineRadio)

        self.referRadio = QRadioButton(self.decisionGroup)
        self.referRadio.setObjectName(u"referRadio")

        self.decisionLayout.addWidget(self.referRadio)

        self.decisionNoteEdit = QLineEdit(self.decisionGroup)
        self.decisionNoteEdit.setObjectName(u"decisionNoteEdit")
        self.decisionNoteEdit.setMaxLength(4000)

        self.decisionLayout.addWidget(self.decisionNoteEdit)


        self.conflictLayout.addWidget(self.decisionGroup)

        self.decisionMessage = QLabel(self.conflictPage)
        self.decisionMessage.setObjectName(u"decisionMessage")
        self.decisionMessage.setWordWrap(True)

        self.conflictLayout.addWidget(self.decisionMessage)

        IntakeWizard.addPage(self.conflictPage)
        self.profilePage = CheckedPage()
        self.profilePage.setObjectName(u"profilePage")
        self.profileLayout = QVBoxLayout(self.profilePage)
        self.profileLayout.setObjectName(u"profileLayout")
        self.profileScroll = QScrollArea(self.profilePage)
        self.profileScroll.setObjectName(u"profileScroll")
        self.profileScroll.setWidgetResizable(True)
        self.profileHost = QWidget()
        self.profileHost.setObjectName(u"profileHost")
        self.profileHostLayout = QVBoxLayout(self.profileHost)
        self.profileHostLayout.setObjectName(u"profileHostLayout")
        self.profileScroll.setWidget(self.profileHost)

        self.profileLayout.addWidget(self.profileScroll)

        self.screenGroup = QGroupBox(self.profilePage)
        self.screenGroup.setObjectName(u"screenGroup")
        self.screenLayout = QFormLayout(self.screenGroup)
        self.screenLayout.setObjectName(u"screenLayout")
        self.contactNameLabel = QLabel(self.screenGroup)
        self.contactNameLabel.setObjectName(u"contactNameLabel")

        self.screenLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contactNameLabel)

        self.contactNameEdit = QLineEdit(self.screenGroup)
        self.contactNameEdit.setObjectName(u"contactNameEdit")

        self.screenLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contactNameEdit)

        self.contactPhoneLabel = QLabel(self.screenGroup)
        self.contactPhoneLabel.setObjectName(u"contactPhoneLabel")

        self.screenLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contactPhoneLabel)

        self.contactPhoneEdit = QLineEdit(self.screenGroup)
        self.contactPhoneEdit.setObjectName(u"contactPhoneEdit")

        self.screenLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contactPhoneEdit)


        self.profileLayout.addWidget(self.screenGroup)

        self.profileMessage = QLabel(self.profilePage)
        self.profileMessage.setObjectName(u"profileMessage")
        self.profileMessage.setWordWrap(True)

        self.profileLayout.addWidget(self.profileMessage)

        IntakeWizard.addPage(self.profilePage)
        self.donePage = CheckedPage()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneLabel = QLabel(self.donePage)
        self.doneLabel.setObjectName(u"doneLabel")
        self.doneLabel.setWordWrap(True)
        self.doneLabel.setTextFormat(Qt.TextFormat.RichText)

        self.doneLayout.addWidget(self.doneLabel)

        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneSpacer)

        IntakeWizard.addPage(self.donePage)
#if QT_CONFIG(shortcut)
        self.preferredLabel.setBuddy(self.preferredEdit)
        self.givenLabel.setBuddy(self.givenEdit)
        self.familyLabel.setBuddy(self.familyEdit)
        self.aliasesLabel.setBuddy(self.aliasesEdit)
        self.dobLabel.setBuddy(self.dobEdit)
        self.contactNameLabel.setBuddy(self.contactNameEdit)
        self.contactPhoneLabel.setBuddy(self.contactPhoneEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.preferredEdit, self.givenEdit)
        QWidget.setTabOrder(self.givenEdit, self.familyEdit)
        QWidget.setTabOrder(self.familyEdit, self.aliasesEdit)
        QWidget.setTabOrder(self.aliasesEdit, self.dobEdit)
        QWidget.setTabOrder(self.dobEdit, self.matchesView)
        QWidget.setTabOrder(self.matchesView, self.proceedRadio)
        QWidget.setTabOrder(self.proceedRadio, self.declineRadio)
        QWidget.setTabOrder(self.declineRadio, self.referRadio)
        QWidget.setTabOrder(self.referRadio, self.decisionNoteEdit)
        QWidget.setTabOrder(self.decisionNoteEdit, self.contactNameEdit)
        QWidget.setTabOrder(self.contactNameEdit, self.contactPhoneEdit)

        self.retranslateUi(IntakeWizard)

        QMetaObject.connectSlotsByName(IntakeWizard)
    # setupUi

    def retranslateUi(self, IntakeWizard):
        IntakeWizard.setWindowTitle(QCoreApplication.translate("IntakeWizard", u"New client", None))
#if QT_CONFIG(accessibility)
        IntakeWizard.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"New client", None))
#endif // QT_CONFIG(accessibility)
        self.namesPage.setTitle(QCoreApplication.translate("IntakeWizard", u"Who is she?", None))
        self.namesPage.setSubTitle(QCoreApplication.translate("IntakeWizard", u"Her names (every spelling and alias you know) and date of birth are checked against every client and every party on record before her file is created.", None))
        self.preferredLabel.setText(QCoreApplication.translate("IntakeWizard", u"Name she &wants used:", None))
#if QT_CONFIG(accessibility)
        self.preferredEdit.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Name she wants used", None))
#endif // QT_CONFIG(accessibility)
        self.givenLabel.setText(QCoreApplication.translate("IntakeWizard", u"&Given names:", None))
#if QT_CONFIG(accessibility)
        self.givenEdit.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Given names", None))
#endif // QT_CONFIG(accessibility)
        self.familyLabel.setText(QCoreApplication.translate("IntakeWizard", u"&Family name:", None))
#if QT_CONFIG(accessibility)
        self.familyEdit.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Family name", None))
#endif // QT_CONFIG(accessibility)
        self.aliasesLabel.setText(QCoreApplication.translate("IntakeWizard", u"&Other names and spellings\n"
"(one a line):", None))
#if QT_CONFIG(accessibility)
        self.aliasesEdit.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Other names and spellings", None))
#endif // QT_CONFIG(accessibility)
        self.dobLabel.setText(QCoreApplication.translate("IntakeWizard", u"Date of &birth (if known):", None))
#if QT_CONFIG(accessibility)
        self.dobEdit.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.namesMessage.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.checkBusy.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Checking for conflicts", None))
#endif // QT_CONFIG(accessibility)
        self.conflictPage.setTitle(QCoreApplication.translate("IntakeWizard", u"Conflict check", None))
        self.conflictPage.setSubTitle(QCoreApplication.translate("IntakeWizard", u"Records whose names resemble hers. Decide whether the centre can act for her; the check and the decision go into her file.", None))
#if QT_CONFIG(accessibility)
        self.conflictSummary.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Conflict check result", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.matchesView.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Matching records", None))
#endif // QT_CONFIG(accessibility)
        self.decisionGroup.setTitle(QCoreApplication.translate("IntakeWizard", u"Decision", None))
#if QT_CONFIG(accessibility)
        self.decisionGroup.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Decision", None))
#endif // QT_CONFIG(accessibility)
        self.proceedRadio.setText(QCoreApplication.translate("IntakeWizard", u"&Proceed: no conflict, open her file", None))
#if QT_CONFIG(accessibility)
        self.proceedRadio.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Proceed", None))
#endif // QT_CONFIG(accessibility)
        self.declineRadio.setText(QCoreApplication.translate("IntakeWizard", u"&Decline: the centre cannot act for her", None))
#if QT_CONFIG(accessibility)
        self.declineRadio.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Decline", None))
#endif // QT_CONFIG(accessibility)
        self.referRadio.setText(QCoreApplication.translate("IntakeWizard", u"&Refer: to a supervisor or another organisation", None))
#if QT_CONFIG(accessibility)
        self.referRadio.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Refer", None))
#endif // QT_CONFIG(accessibility)
        self.decisionNoteEdit.setPlaceholderText(QCoreApplication.translate("IntakeWizard", u"Reason (recorded with the decision)", None))
#if QT_CONFIG(accessibility)
        self.decisionNoteEdit.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Reason for the decision", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.decisionMessage.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.profilePage.setTitle(QCoreApplication.translate("IntakeWizard", u"Her details", None))
        self.profilePage.setSubTitle(QCoreApplication.translate("IntakeWizard", u"What you know now; everything can be completed later. People you add below are screened against known traffickers and their associates.", None))
#if QT_CONFIG(accessibility)
        self.profileScroll.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Her details", None))
#endif // QT_CONFIG(accessibility)
        self.screenGroup.setTitle(QCoreApplication.translate("IntakeWizard", u"People around her to screen (optional)", None))
#if QT_CONFIG(accessibility)
        self.screenGroup.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"People to screen", None))
#endif // QT_CONFIG(accessibility)
        self.contactNameLabel.setText(QCoreApplication.translate("IntakeWizard", u"&Contact or interpreter name:", None))
#if QT_CONFIG(accessibility)
        self.contactNameEdit.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Contact or interpreter name", None))
#endif // QT_CONFIG(accessibility)
        self.contactPhoneLabel.setText(QCoreApplication.translate("IntakeWizard", u"Their p&hone:", None))
#if QT_CONFIG(accessibility)
        self.contactPhoneEdit.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Contact phone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.profileMessage.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.donePage.setTitle(QCoreApplication.translate("IntakeWizard", u"Done", None))
#if QT_CONFIG(accessibility)
        self.doneLabel.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Result", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

