# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_options_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_DocumentOptionsDialog(object):
    def setupUi(self, DocumentOptionsDialog):
        if not DocumentOptionsDialog.objectName():
            DocumentOptionsDialog.setObjectName(u"DocumentOptionsDialog")
        DocumentOptionsDialog.resize(620, 600)
        self.layout = QVBoxLayout(DocumentOptionsDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(DocumentOptionsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.titleEditLabel = QLabel(DocumentOptionsDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(DocumentOptionsDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(500)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.notesListLabel = QLabel(DocumentOptionsDialog)
        self.notesListLabel.setObjectName(u"notesListLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.notesListLabel)

        self.notesList = QListWidget(DocumentOptionsDialog)
        self.notesList.setObjectName(u"notesList")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notesList)

        self.paragraphsEditLabel = QLabel(DocumentOptionsDialog)
        self.paragraphsEditLabel.setObjectName(u"paragraphsEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.paragraphsEditLabel)

        self.paragraphsEdit = QPlainTextEdit(DocumentOptionsDialog)
        self.paragraphsEdit.setObjectName(u"paragraphsEdit")
        self.paragraphsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.paragraphsEdit)


        self.layout.addLayout(self.formLayout)

        self.recipientGroup = QGroupBox(DocumentOptionsDialog)
        self.recipientGroup.setObjectName(u"recipientGroup")
        self.recipientLayout = QFormLayout(self.recipientGroup)
        self.recipientLayout.setObjectName(u"recipientLayout")
        self.recipientComboLabel = QLabel(self.recipientGroup)
        self.recipientComboLabel.setObjectName(u"recipientComboLabel")

        self.recipientLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recipientComboLabel)

        self.recipientCombo = QComboBox(self.recipientGroup)
        self.recipientCombo.setObjectName(u"recipientCombo")

        self.recipientLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recipientCombo)

        self.organisationEditLabel = QLabel(self.recipientGroup)
        self.organisationEditLabel.setObjectName(u"organisationEditLabel")

        self.recipientLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisationEditLabel)

        self.organisationEdit = QLineEdit(self.recipientGroup)
        self.organisationEdit.setObjectName(u"organisationEdit")

        self.recipientLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.departmentEditLabel = QLabel(self.recipientGroup)
        self.departmentEditLabel.setObjectName(u"departmentEditLabel")

        self.recipientLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.departmentEditLabel)

        self.departmentEdit = QLineEdit(self.recipientGroup)
        self.departmentEdit.setObjectName(u"departmentEdit")

        self.recipientLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.departmentEdit)

        self.personEditLabel = QLabel(self.recipientGroup)
        self.personEditLabel.setObjectName(u"personEditLabel")

        self.recipientLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.personEditLabel)

        self.personEdit = QLineEdit(self.recipientGroup)
        self.personEdit.setObjectName(u"personEdit")

        self.recipientLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.addressEditLabel = QLabel(self.recipientGroup)
        self.addressEditLabel.setObjectName(u"addressEditLabel")

        self.recipientLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressEditLabel)

        self.addressEdit = QPlainTextEdit(self.recipientGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)
        self.addressEdit.setMaximumSize(QSize(16777215, 80))

        self.recipientLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.subjectEditLabel = QLabel(self.recipientGroup)
        self.subjectEditLabel.setObjectName(u"subjectEditLabel")

        self.recipientLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.subjectEditLabel)

        self.subjectEdit = QLineEdit(self.recipientGroup)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.recipientLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.sourceLabel = QLabel(self.recipientGroup)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setWordWrap(True)

        self.recipientLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sourceLabel)


        self.layout.addWidget(self.recipientGroup)

        self.clientCareGroup = QGroupBox(DocumentOptionsDialog)
        self.clientCareGroup.setObjectName(u"clientCareGroup")
        self.clientCareLayout = QFormLayout(self.clientCareGroup)
        self.clientCareLayout.setObjectName(u"clientCareLayout")
        self.fundingComboLabel = QLabel(self.clientCareGroup)
        self.fundingComboLabel.setObjectName(u"fundingComboLabel")

        self.clientCareLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fundingComboLabel)

        self.fundingCombo = QComboBox(self.clientCareGroup)
        self.fundingCombo.setObjectName(u"fundingCombo")

        self.clientCareLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fundingCombo)

        self.fundingDetailEditLabel = QLabel(self.clientCareGroup)
        self.fundingDetailEditLabel.setObjectName(u"fundingDetailEditLabel")

        self.clientCareLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fundingDetailEditLabel)

        self.fundingDetailEdit = QLineEdit(self.clientCareGroup)
        self.fundingDetailEdit.setObjectName(u"fundingDetailEdit")
        self.fundingDetailEdit.setMaxLength(500)

        self.clientCareLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fundingDetailEdit)

        self.nextStepsEditLabel = QLabel(self.clientCareGroup)
        self.nextStepsEditLabel.setObjectName(u"nextStepsEditLabel")

        self.clientCareLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nextStepsEditLabel)

        self.nextStepsEdit = QPlainTextEdit(self.clientCareGroup)
        self.nextStepsEdit.setObjectName(u"nextStepsEdit")
        self.nextStepsEdit.setTabChangesFocus(True)
        self.nextStepsEdit.setMaximumSize(QSize(16777215, 80))

        self.clientCareLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nextStepsEdit)


        self.layout.addWidget(self.clientCareGroup)

        self.messageLabel = QLabel(DocumentOptionsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(DocumentOptionsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.notesListLabel.setBuddy(self.notesList)
        self.paragraphsEditLabel.setBuddy(self.paragraphsEdit)
        self.recipientComboLabel.setBuddy(self.recipientCombo)
        self.organisationEditLabel.setBuddy(self.organisationEdit)
        self.departmentEditLabel.setBuddy(self.departmentEdit)
        self.personEditLabel.setBuddy(self.personEdit)
        self.addressEditLabel.setBuddy(self.addressEdit)
        self.subjectEditLabel.setBuddy(self.subjectEdit)
        self.fundingComboLabel.setBuddy(self.fundingCombo)
        self.fundingDetailEditLabel.setBuddy(self.fundingDetailEdit)
        self.nextStepsEditLabel.setBuddy(self.nextStepsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.notesList)
        QWidget.setTabOrder(self.notesList, self.paragraphsEdit)
        QWidget.setTabOrder(self.paragraphsEdit, self.recipientCombo)
        QWidget.setTabOrder(self.recipientCombo, self.organisationEdit)
        QWidget.setTabOrder(self.organisationEdit, self.departmentEdit)
        QWidget.setTabOrder(self.departmentEdit, self.personEdit)
        QWidget.setTabOrder(self.personEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.fundingCombo)
        QWidget.setTabOrder(self.fundingCombo, self.fundingDetailEdit)
        QWidget.setTabOrder(self.fundingDetailEdit, self.nextStepsEdit)

        self.retranslateUi(DocumentOptionsDialog)

        QMetaObject.connectSlotsByName(DocumentOptionsDialog)
    # setupUi

    def retranslateUi(self, DocumentOptionsDialog):
        DocumentOptionsDialog.setWindowTitle(QCoreApplication.translate("DocumentOptionsDialog", u"What goes into the document", None))
#if QT_CONFIG(accessibility)
        DocumentOptionsDialog.setAccessibleName(QCoreApplication.translate("DocumentOptionsDialog", u"What goes into the document", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText("")
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("DocumentOptionsDialog", u"About these choices", None))
#endif // QT_CONFIG(accessibility)
        self.titleEditLabel.setText(QCoreApplication.translate("DocumentOptionsDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("DocumentOptionsDialog", u"Title of the document", None))
#endif // QT_CONFIG(accessibility)
        self.notesListLabel.setText(QCoreApplication.translate("DocumentOptionsDialog", u"&Notes to use:", None))
#if QT_CONFIG(accessibility)
        self.notesList.setAccessibleName(QCoreApplication.translate("DocumentOptionsDialog", u"Notes whose text goes into the document, oldest first", None))
#endif // QT_CONFIG(accessibility)
        self.paragraphsEditLabel.setText(QCoreApplication.translate("DocumentOptionsDialog", u"&Paragraphs:", None))
#if QT_CONFIG(accessibility)
        self.paragraphsEdit.setAccessibleName(QCoreApplication.translate("DocumentOptionsDialog", u"Paragraphs typed here, a blank line between each, before the notes", None))
#endif // QT_CONFIG(accessibility)
        self.paragraphsEdit.setPlaceholderText(QCoreApplication.translate("DocumentOptionsDialog", u"Typed paragraphs come first, a blank line between each; then the notes ticked above.", None))
        self.recipientGroup.setTitle(QCoreApplication.translate("DocumentOptionsDialog", u"Who the letter goes to", None))
#if QT_CONFIG(accessibility)
        self.recipientGroup.setAccessibleName(QCoreApplication.translate("DocumentOptionsDialog", u"Who the letter goes to", None))
#endif // QT_CONFIG(accessibility)
        self.recipientComboLabel.setText(QCoreApplication.translate("DocumentOptionsDialog", u"Address &book:", None))
#if QT_CONFIG(accessibility)
        self.recipientCombo.setAccessibleName(QCoreApplication.translate("DocumentOptionsDialog", u"Choose the recipient from the address book", None))
#endif // QT_CONFIG(accessibility)
        self.organisationEditLabel.setText(QCoreApplication.translate("DocumentOptionsDialog", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisationEdit.setAccessibleName(QCoreApplication.translate("DocumentOptionsDialog", u"Organisation the letter goes to", None))
#endif // QT_CONFIG(accessibility)
        self.organisationEdit.setPlaceholderText(QCoreApplication.translate("DocumentOptionsDialog", u"Empty: the authority for this kind of letter and matter", None))
        self.departmentEditLabel.setText(QCoreApplication.translate("DocumentOptionsDialog", u"&Department:", None))
#if QT_CONFIG(accessibility)
        self.departmentEdit.setAccessibleName(QCoreApplication.translate("DocumentOptionsDialog", u"Department or unit the letter goes to", None))
#endif // QT_CONFIG(accessibility)
        self.personEditLabel.setText(QCoreApplication.translate("DocumentOptionsDialog", u"P&erson:", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("DocumentOptionsDialog", u"Person the letter goes to", None))
#endif // QT_CONFIG(accessibility)
        self.personEdit.setPlaceholderText(QCoreApplication.translate("DocumentOptionsDialog", u"Empty: \"Dear Sir or Madam\" \u2026 \"Yours faithfully\"", None))
        self.addressEditLabel.setText(QCoreApplication.translate("DocumentOptionsDialog", u"&Address:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("DocumentOptionsDialog", u"Address of the recipient, one line each", None))
#endif // QT_CONFIG(accessibility)
        self.subjectEditLabel.setText(QCoreApplication.translate("DocumentOptionsDialog", u"S&ubject:", None))
#if QT_CONFIG(accessibility)
        self.subjectEdit.setAccessibleName(QCoreApplication.translate("DocumentOptionsDialog", u"Subject line of the letter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sourceLabel.setAccessibleName(QCoreApplication.translate("DocumentOptionsDialog", u"Where the address came from", None))
#endif // QT_CONFIG(accessibility)
        self.clientCareGroup.setTitle(QCoreApplication.translate("DocumentOptionsDialog", u"Costs and next steps", None))
#if QT_CONFIG(accessibility)
        self.clientCareGroup.setAccessibleName(QCoreApplication.translate("DocumentOptionsDialog", u"Costs and next steps", None))
#endif // QT_CONFIG(accessibility)
        self.fundingComboLabel.setText(QCoreApplication.translate("DocumentOptionsDialog", u"&Funding:", None))
#if QT_CONFIG(accessibility)
        self.fundingCombo.setAccessibleName(QCoreApplication.translate("DocumentOptionsDialog", u"How her case is paid for", None))
#endif // QT_CONFIG(accessibility)
        self.fundingDetailEditLabel.setText(QCoreApplication.translate("DocumentOptionsDialog", u"Fixed fee and &what it covers:", None))
#if QT_CONFIG(accessibility)
        self.fundingDetailEdit.setAccessibleName(QCoreApplication.translate("DocumentOptionsDialog", u"The fixed fee and what it covers", None))
#endif // QT_CONFIG(accessibility)
        self.fundingDetailEdit.setPlaceholderText(QCoreApplication.translate("DocumentOptionsDialog", u"e.g. \u00a3500 plus VAT, for the application and one appeal", None))
        self.nextStepsEditLabel.setText(QCoreApplication.translate("DocumentOptionsDialog", u"Ne&xt steps:", None))
#if QT_CONFIG(accessibility)
        self.nextStepsEdit.setAccessibleName(QCoreApplication.translate("DocumentOptionsDialog", u"What happens next, one step a line", None))
#endif // QT_CONFIG(accessibility)
        self.nextStepsEdit.setPlaceholderText(QCoreApplication.translate("DocumentOptionsDialog", u"One step a line, in plain words", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("DocumentOptionsDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

