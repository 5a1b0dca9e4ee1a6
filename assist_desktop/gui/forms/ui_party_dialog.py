# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'party_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from assist_desktop.gui.widgets import DateEdit

class Ui_PartyDialog(object):
    def setupUi(self, PartyDialog):
        if not PartyDialog.objectName():
            PartyDialog.setObjectName(u"PartyDialog")
        PartyDialog.resize(560, 420)
        self.layout = QVBoxLayout(PartyDialog)
        self.layout.setObjectName(u"layout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(8)
        self.f_roleLabel = QLabel(PartyDialog)
        self.f_roleLabel.setObjectName(u"f_roleLabel")

        self.fieldsLayout.addWidget(self.f_roleLabel, 0, 0, 1, 1)

        self.f_role = QComboBox(PartyDialog)
        self.f_role.setObjectName(u"f_role")

        self.fieldsLayout.addWidget(self.f_role, 0, 1, 1, 1)

        self.f_nameLabel = QLabel(PartyDialog)
        self.f_nameLabel.setObjectName(u"f_nameLabel")

        self.fieldsLayout.addWidget(self.f_nameLabel, 1, 0, 1, 1)

        self.f_name = QLineEdit(PartyDialog)
        self.f_name.setObjectName(u"f_name")
        self.f_name.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_name, 1, 1, 1, 1)

        self.f_organisationLabel = QLabel(PartyDialog)
        self.f_organisationLabel.setObjectName(u"f_organisationLabel")

        self.fieldsLayout.addWidget(self.f_organisationLabel, 2, 0, 1, 1)

        self.f_organisation = QLineEdit(PartyDialog)
        self.f_organisation.setObjectName(u"f_organisation")
        self.f_organisation.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_organisation, 2, 1, 1, 1)

        self.t_aliasesLabel = QLabel(PartyDialog)
        self.t_aliasesLabel.setObjectName(u"t_aliasesLabel")

        self.fieldsLayout.addWidget(self.t_aliasesLabel, 3, 0, 1, 1)

        self.t_aliases = QPlainTextEdit(PartyDialog)
        self.t_aliases.setObjectName(u"t_aliases")
        self.t_aliases.setTabChangesFocus(True)
        self.t_aliases.setMaximumSize(QSize(16777215, 72))

        self.fieldsLayout.addWidget(self.t_aliases, 3, 1, 1, 1)

        self.t_phonesLabel = QLabel(PartyDialog)
        self.t_phonesLabel.setObjectName(u"t_phonesLabel")

        self.fieldsLayout.addWidget(self.t_phonesLabel, 4, 0, 1, 1)

        self.t_phones = QPlainTextEdit(PartyDialog)
        self.t_phones.setObjectName(u"t_phones")
        self.t_phones.setTabChangesFocus(True)
        self.t_phones.setMaximumSize(QSize(16777215, 72))

        self.fieldsLayout.addWidget(self.t_phones, 4, 1, 1, 1)

        self.t_addressesLabel = QLabel(PartyDialog)
        self.t_addressesLabel.setObjectName(u"t_addressesLabel")

        self.fieldsLayout.addWidget(self.t_addressesLabel, 5, 0, 1, 1)

        self.t_addresses = QPlainTextEdit(PartyDialog)
        self.t_addresses.setObjectName(u"t_addresses")
        self.t_addresses.setTabChangesFocus(True)
        self.t_addresses.setMaximumSize(QSize(16777215, 72))

        self.fieldsLayout.addWidget(self.t_addresses, 5, 1, 1, 1)

        self.f_do_not_disclose = QCheckBox(PartyDialog)
        self.f_do_not_disclose.setObjectName(u"f_do_not_disclose")

        self.fieldsLayout.addWidget(self.f_do_not_disclose, 6, 1, 1, 1)

        self.f_notesLabel = QLabel(PartyDialog)
        self.f_notesLabel.setObjectName(u"f_notesLabel")

        self.fieldsLayout.addWidget(self.f_notesLabel, 7, 0, 1, 1)

        self.f_notes = QPlainTextEdit(PartyDialog)
        self.f_notes.setObjectName(u"f_notes")
        self.f_notes.setTabChangesFocus(True)
        self.f_notes.setMaximumSize(QSize(16777215, 72))

        self.fieldsLayout.addWidget(self.f_notes, 7, 1, 1, 1)


        self.layout.addLayout(self.fieldsLayout)

        self.messageLabel = QLabel(PartyDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(PartyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.f_roleLabel.setBuddy(self.f_role)
        self.f_nameLabel.setBuddy(self.f_name)
        self.f_organisationLabel.setBuddy(self.f_organisation)
        self.t_aliasesLabel.setBuddy(self.t_aliases)
        self.t_phonesLabel.setBuddy(self.t_phones)
        self.t_addressesLabel.setBuddy(self.t_addresses)
        self.f_notesLabel.setBuddy(self.f_notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.f_role, self.f_name)
        QWidget.setTabOrder(self.f_name, self.f_organisation)
        QWidget.setTabOrder(self.f_organisation, self.t_aliases)
        QWidget.setTabOrder(self.t_aliases, self.t_phones)
        QWidget.setTabOrder(self.t_phones, self.t_addresses)
        QWidget.setTabOrder(self.t_addresses, self.f_do_not_disclose)
        QWidget.setTabOrder(self.f_do_not_disclose, self.f_notes)

        self.retranslateUi(PartyDialog)

        QMetaObject.connectSlotsByName(PartyDialog)
    # setupUi

    def retranslateUi(self, PartyDialog):
        PartyDialog.setWindowTitle(QCoreApplication.translate("PartyDialog", u"Party", None))
#if QT_CONFIG(accessibility)
        PartyDialog.setAccessibleName(QCoreApplication.translate("PartyDialog", u"Party", None))
#endif // QT_CONFIG(accessibility)
        self.f_roleLabel.setText(QCoreApplication.translate("PartyDialog", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.f_role.setAccessibleName(QCoreApplication.translate("PartyDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.f_nameLabel.setText(QCoreApplication.translate("PartyDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.f_name.setAccessibleName(QCoreApplication.translate("PartyDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.f_organisationLabel.setText(QCoreApplication.translate("PartyDialog", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.f_organisation.setAccessibleName(QCoreApplication.translate("PartyDialog", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.t_aliasesLabel.setText(QCoreApplication.translate("PartyDialog", u"&Other names (one a line):", None))
#if QT_CONFIG(accessibility)
        self.t_aliases.setAccessibleName(QCoreApplication.translate("PartyDialog", u"Other names (one a line)", None))
#endif // QT_CONFIG(accessibility)
        self.t_phonesLabel.setText(QCoreApplication.translate("PartyDialog", u"&Phone numbers (one a line):", None))
#if QT_CONFIG(accessibility)
        self.t_phones.setAccessibleName(QCoreApplication.translate("PartyDialog", u"Phone numbers (one a line)", None))
#endif // QT_CONFIG(accessibility)
        self.t_addressesLabel.setText(QCoreApplication.translate("PartyDialog", u"&Addresses (one a line):", None))
#if QT_CONFIG(accessibility)
        self.t_addresses.setAccessibleName(QCoreApplication.translate("PartyDialog", u"Addresses (one a line)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.f_do_not_disclose.setAccessibleName(QCoreApplication.translate("PartyDialog", u"Do not disclose (to her, or in documents)", None))
#endif // QT_CONFIG(accessibility)
        self.f_do_not_disclose.setText(QCoreApplication.translate("PartyDialog", u"&Do not disclose (to her, or in documents)", None))
        self.f_notesLabel.setText(QCoreApplication.translate("PartyDialog", u"No&tes:", None))
#if QT_CONFIG(accessibility)
        self.f_notes.setAccessibleName(QCoreApplication.translate("PartyDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("PartyDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("PartyDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

