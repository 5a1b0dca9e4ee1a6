# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'centre_details.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_CentreDetailsPanel(object):
    def setupUi(self, CentreDetailsPanel):
        if not CentreDetailsPanel.objectName():
            CentreDetailsPanel.setObjectName(u"CentreDetailsPanel")
        CentreDetailsPanel.resize(900, 640)
        self.layout = QHBoxLayout(CentreDetailsPanel)
        self.layout.setSpacing(14)
        self.layout.setObjectName(u"layout")
        self.detailsGroup = QGroupBox(CentreDetailsPanel)
        self.detailsGroup.setObjectName(u"detailsGroup")
        self.detailsLayout = QFormLayout(self.detailsGroup)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setVerticalSpacing(8)
        self.nameEditLabel = QLabel(self.detailsGroup)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(self.detailsGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.addressEditLabel = QLabel(self.detailsGroup)
        self.addressEditLabel.setObjectName(u"addressEditLabel")

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressEditLabel)

        self.addressEdit = QPlainTextEdit(self.detailsGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)
        self.addressEdit.setMaximumSize(QSize(16777215, 90))

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.phoneEditLabel = QLabel(self.detailsGroup)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneEditLabel)

        self.phoneEdit = QLineEdit(self.detailsGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(100)

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailEditLabel = QLabel(self.detailsGroup)
        self.emailEditLabel.setObjectName(u"emailEditLabel")

        self.detailsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailEditLabel)

        self.emailEdit = QLineEdit(self.detailsGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.detailsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.websiteEditLabel = QLabel(self.detailsGroup)
        self.websiteEditLabel.setObjectName(u"websiteEditLabel")

        self.detailsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.websiteEditLabel)

        self.websiteEdit = QLineEdit(self.detailsGroup)
        self.websiteEdit.setObjectName(u"websiteEdit")
        self.websiteEdit.setMaxLength(200)

        self.detailsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.websiteEdit)

        self.regulatorEditLabel = QLabel(self.detailsGroup)
        self.regulatorEditLabel.setObjectName(u"regulatorEditLabel")

        self.detailsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.regulatorEditLabel)

        self.regulatorEdit = QPlainTextEdit(self.detailsGroup)
        self.regulatorEdit.setObjectName(u"regulatorEdit")
        self.regulatorEdit.setTabChangesFocus(True)
        self.regulatorEdit.setMaximumSize(QSize(16777215, 60))

        self.detailsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.regulatorEdit)

        self.regulatorHint = QLabel(self.detailsGroup)
        self.regulatorHint.setObjectName(u"regulatorHint")
        self.regulatorHint.setWordWrap(True)

        self.detailsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.regulatorHint)

        self.complaintsEditLabel = QLabel(self.detailsGroup)
        self.complaintsEditLabel.setObjectName(u"complaintsEditLabel")

        self.detailsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.complaintsEditLabel)

        self.complaintsEdit = QLineEdit(self.detailsGroup)
        self.complaintsEdit.setObjectName(u"complaintsEdit")
        self.complaintsEdit.setMaxLength(500)

        self.detailsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.complaintsEdit)

        self.saveLayout = QHBoxLayout()
        self.saveLayout.setObjectName(u"saveLayout")
        self.saveButton = QPushButton(self.detailsGroup)
        self.saveButton.setObjectName(u"saveButton")

        self.saveLayout.addWidget(self.saveButton)

        self.messageLabel = QLabel(self.detailsGroup)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.saveLayout.addWidget(self.messageLabel)

        self.saveLayout.setStretch(1, 1)

        self.detailsLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.saveLayout)


        self.layout.addWidget(self.detailsGroup)

        self.bookGroup = QGroupBox(CentreDetailsPanel)
        self.bookGroup.setObjectName(u"bookGroup")
        self.bookLayout = QVBoxLayout(self.bookGroup)
        self.bookLayout.setObjectName(u"bookLayout")
        self.bookIntro = QLabel(self.bookGroup)
        self.bookIntro.setObjectName(u"bookIntro")
        self.bookIntro.setWordWrap(True)

        self.bookLayout.addWidget(self.bookIntro)

        self.bookView = QTableView(self.bookGroup)
        self.bookView.setObjectName(u"bookView")
        self.bookView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bookView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.bookView.verticalHeader().setVisible(False)

        self.bookLayout.addWidget(self.bookView)

        self.bookButtons = QHBoxLayout()
        self.bookButtons.setObjectName(u"bookButtons")
        self.addButton = QPushButton(self.bookGroup)
        self.addButton.setObjectName(u"addButton")

        self.bookButtons.addWidget(self.addButton)

        self.editButton = QPushButton(self.bookGroup)
        self.editButton.setObjectName(u"editButton")

        self.bookButtons.addWidget(self.editButton)

        self.deleteButton = QPushButton(self.bookGroup)
        self.deleteButton.setObjectName(u"deleteButton")

        self.bookButtons.addWidget(self.deleteButton)

        self.bookSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bookButtons.addItem(self.bookSpacer)


        self.bookLayout.addLayout(self.bookButtons)

        self.bookMessageLabel = QLabel(self.bookGroup)
        self.bookMessageLabel.setObjectName(u"bookMessageLabel")
        self.bookMessageLabel.setWordWrap(True)

        self.bookLayout.addWidget(self.bookMessageLabel)


        self.layout.addWidget(self.bookGroup)

        self.layout.setStretch(0, 4)
        self.layout.setStretch(1, 5)
#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.addressEditLabel.setBuddy(self.addressEdit)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
        self.emailEditLabel.setBuddy(self.emailEdit)
        self.websiteEditLabel.setBuddy(self.websiteEdit)
        self.regulatorEditLabel.setBuddy(self.regulatorEdit)
        self.complaintsEditLabel.setBuddy(self.complaintsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.websiteEdit)
        QWidget.setTabOrder(self.websiteEdit, self.regulatorEdit)
        QWidget.setTabOrder(self.regulatorEdit, self.complaintsEdit)
        QWidget.setTabOrder(self.complaintsEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.bookView)
        QWidget.setTabOrder(self.bookView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.deleteButton)

        self.retranslateUi(CentreDetailsPanel)

        QMetaObject.connectSlotsByName(CentreDetailsPanel)
    # setupUi

    def retranslateUi(self, CentreDetailsPanel):
#if QT_CONFIG(accessibility)
        CentreDetailsPanel.setAccessibleName(QCoreApplication.translate("CentreDetailsPanel", u"Centre details", None))
#endif // QT_CONFIG(accessibility)
        self.detailsGroup.setTitle(QCoreApplication.translate("CentreDetailsPanel", u"On every letterhead and footer", None))
#if QT_CONFIG(accessibility)
        self.detailsGroup.setAccessibleName(QCoreApplication.translate("CentreDetailsPanel", u"The centre's details", None))
#endif // QT_CONFIG(accessibility)
        self.nameEditLabel.setText(QCoreApplication.translate("CentreDetailsPanel", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("CentreDetailsPanel", u"Name of the centre", None))
#endif // QT_CONFIG(accessibility)
        self.addressEditLabel.setText(QCoreApplication.translate("CentreDetailsPanel", u"&Address:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("CentreDetailsPanel", u"Postal address, one line each", None))
#endif // QT_CONFIG(accessibility)
        self.phoneEditLabel.setText(QCoreApplication.translate("CentreDetailsPanel", u"&Telephone:", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("CentreDetailsPanel", u"Telephone", None))
#endif // QT_CONFIG(accessibility)
        self.emailEditLabel.setText(QCoreApplication.translate("CentreDetailsPanel", u"&Email:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("CentreDetailsPanel", u"Email address", None))
#endif // QT_CONFIG(accessibility)
        self.websiteEditLabel.setText(QCoreApplication.translate("CentreDetailsPanel", u"&Website:", None))
#if QT_CONFIG(accessibility)
        self.websiteEdit.setAccessibleName(QCoreApplication.translate("CentreDetailsPanel", u"Website", None))
#endif // QT_CONFIG(accessibility)
        self.regulatorEditLabel.setText(QCoreApplication.translate("CentreDetailsPanel", u"&Regulator:", None))
#if QT_CONFIG(accessibility)
        self.regulatorEdit.setAccessibleName(QCoreApplication.translate("CentreDetailsPanel", u"Regulator line printed in every letter's footer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.regulatorHint.setAccessibleName(QCoreApplication.translate("CentreDetailsPanel", u"Example of a regulator line", None))
#endif // QT_CONFIG(accessibility)
        self.complaintsEditLabel.setText(QCoreApplication.translate("CentreDetailsPanel", u"&Complaints to:", None))
#if QT_CONFIG(accessibility)
        self.complaintsEdit.setAccessibleName(QCoreApplication.translate("CentreDetailsPanel", u"Who handles complaints, named in client care letters", None))
#endif // QT_CONFIG(accessibility)
        self.complaintsEdit.setPlaceholderText(QCoreApplication.translate("CentreDetailsPanel", u"e.g. Priya Shah, Complaints Partner, complaints@example.org", None))
        self.saveButton.setText(QCoreApplication.translate("CentreDetailsPanel", u"&Save details", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("CentreDetailsPanel", u"Save the centre's details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("CentreDetailsPanel", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.bookGroup.setTitle(QCoreApplication.translate("CentreDetailsPanel", u"Address book for letters", None))
#if QT_CONFIG(accessibility)
        self.bookGroup.setAccessibleName(QCoreApplication.translate("CentreDetailsPanel", u"Address book", None))
#endif // QT_CONFIG(accessibility)
        self.bookIntro.setText(QCoreApplication.translate("CentreDetailsPanel", u"Who letters go to, chosen in a letter's options. Addresses change: check each against its source before relying on it.", None))
#if QT_CONFIG(accessibility)
        self.bookView.setAccessibleName(QCoreApplication.translate("CentreDetailsPanel", u"Recipients", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("CentreDetailsPanel", u"A&dd\u2026", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("CentreDetailsPanel", u"Add a recipient", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("CentreDetailsPanel", u"&Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("CentreDetailsPanel", u"Edit the recipient", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("CentreDetailsPanel", u"De&lete", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("CentreDetailsPanel", u"Delete the recipient", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.bookMessageLabel.setAccessibleName(QCoreApplication.translate("CentreDetailsPanel", u"Address book message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

