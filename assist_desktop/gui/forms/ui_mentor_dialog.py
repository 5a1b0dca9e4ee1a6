# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mentor_dialog.ui'
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
    QGridLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from assist_desktop.gui.widgets import DateEdit

class Ui_MentorDialog(object):
    def setupUi(self, MentorDialog):
        if not MentorDialog.objectName():
            MentorDialog.setObjectName(u"MentorDialog")
        MentorDialog.resize(520, 380)
        self.layout = QVBoxLayout(MentorDialog)
        self.layout.setObjectName(u"layout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(8)
        self.f_mentor_nameLabel = QLabel(MentorDialog)
        self.f_mentor_nameLabel.setObjectName(u"f_mentor_nameLabel")

        self.fieldsLayout.addWidget(self.f_mentor_nameLabel, 0, 0, 1, 1)

        self.f_mentor_name = QLineEdit(MentorDialog)
        self.f_mentor_name.setObjectName(u"f_mentor_name")
        self.f_mentor_name.setMaxLength(500)

        self.fieldsLayout.addWidget(self.f_mentor_name, 0, 1, 1, 1)

        self.f_mentor_contactLabel = QLabel(MentorDialog)
        self.f_mentor_contactLabel.setObjectName(u"f_mentor_contactLabel")

        self.fieldsLayout.addWidget(self.f_mentor_contactLabel, 1, 0, 1, 1)

        self.f_mentor_contact = QLineEdit(MentorDialog)
        self.f_mentor_contact.setObjectName(u"f_mentor_contact")
        self.f_mentor_contact.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_mentor_contact, 1, 1, 1, 1)

        self.f_started_onLabel = QLabel(MentorDialog)
        self.f_started_onLabel.setObjectName(u"f_started_onLabel")

        self.fieldsLayout.addWidget(self.f_started_onLabel, 2, 0, 1, 1)

        self.f_started_on = DateEdit(MentorDialog)
        self.f_started_on.setObjectName(u"f_started_on")

        self.fieldsLayout.addWidget(self.f_started_on, 2, 1, 1, 1)

        self.f_ended_onLabel = QLabel(MentorDialog)
        self.f_ended_onLabel.setObjectName(u"f_ended_onLabel")

        self.fieldsLayout.addWidget(self.f_ended_onLabel, 3, 0, 1, 1)

        self.f_ended_on = DateEdit(MentorDialog)
        self.f_ended_on.setObjectName(u"f_ended_on")

        self.fieldsLayout.addWidget(self.f_ended_on, 3, 1, 1, 1)

        self.f_notesLabel = QLabel(MentorDialog)
        self.f_notesLabel.setObjectName(u"f_notesLabel")

        self.fieldsLayout.addWidget(self.f_notesLabel, 4, 0, 1, 1)

        self.f_notes = QPlainTextEdit(MentorDialog)
        self.f_notes.setObjectName(u"f_notes")
        self.f_notes.setTabChangesFocus(True)
        self.f_notes.setMaximumSize(QSize(16777215, 90))

        self.fieldsLayout.addWidget(self.f_notes, 4, 1, 1, 1)


        self.layout.addLayout(self.fieldsLayout)

        self.messageLabel = QLabel(MentorDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(MentorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.f_mentor_nameLabel.setBuddy(self.f_mentor_name)
        self.f_mentor_contactLabel.setBuddy(self.f_mentor_contact)
        self.f_started_onLabel.setBuddy(self.f_started_on)
        self.f_ended_onLabel.setBuddy(self.f_ended_on)
        self.f_notesLabel.setBuddy(self.f_notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.f_mentor_name, self.f_mentor_contact)
        QWidget.setTabOrder(self.f_mentor_contact, self.f_started_on)
        QWidget.setTabOrder(self.f_started_on, self.f_ended_on)
        QWidget.setTabOrder(self.f_ended_on, self.f_notes)

        self.retranslateUi(MentorDialog)

        QMetaObject.connectSlotsByName(MentorDialog)
    # setupUi

    def retranslateUi(self, MentorDialog):
        MentorDialog.setWindowTitle(QCoreApplication.translate("MentorDialog", u"Peer mentor", None))
#if QT_CONFIG(accessibility)
        MentorDialog.setAccessibleName(QCoreApplication.translate("MentorDialog", u"Peer mentor", None))
#endif // QT_CONFIG(accessibility)
        self.f_mentor_nameLabel.setText(QCoreApplication.translate("MentorDialog", u"&Mentor:", None))
#if QT_CONFIG(accessibility)
        self.f_mentor_name.setAccessibleName(QCoreApplication.translate("MentorDialog", u"Mentor's name", None))
#endif // QT_CONFIG(accessibility)
        self.f_mentor_contactLabel.setText(QCoreApplication.translate("MentorDialog", u"&Contact:", None))
#if QT_CONFIG(accessibility)
        self.f_mentor_contact.setAccessibleName(QCoreApplication.translate("MentorDialog", u"How to reach the mentor", None))
#endif // QT_CONFIG(accessibility)
        self.f_started_onLabel.setText(QCoreApplication.translate("MentorDialog", u"&Started on:", None))
#if QT_CONFIG(accessibility)
        self.f_started_on.setAccessibleName(QCoreApplication.translate("MentorDialog", u"Started on", None))
#endif // QT_CONFIG(accessibility)
        self.f_ended_onLabel.setText(QCoreApplication.translate("MentorDialog", u"&Ended on:", None))
#if QT_CONFIG(accessibility)
        self.f_ended_on.setAccessibleName(QCoreApplication.translate("MentorDialog", u"Ended on", None))
#endif // QT_CONFIG(accessibility)
        self.f_notesLabel.setText(QCoreApplication.translate("MentorDialog", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.f_notes.setAccessibleName(QCoreApplication.translate("MentorDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("MentorDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("MentorDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

