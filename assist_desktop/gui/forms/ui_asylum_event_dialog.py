# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'asylum_event_dialog.ui'
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

class Ui_AsylumEventDialog(object):
    def setupUi(self, AsylumEventDialog):
        if not AsylumEventDialog.objectName():
            AsylumEventDialog.setObjectName(u"AsylumEventDialog")
        AsylumEventDialog.resize(640, 420)
        self.layout = QVBoxLayout(AsylumEventDialog)
        self.layout.setObjectName(u"layout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(8)
        self.f_stepLabel = QLabel(AsylumEventDialog)
        self.f_stepLabel.setObjectName(u"f_stepLabel")

        self.fieldsLayout.addWidget(self.f_stepLabel, 0, 0, 1, 1)

        self.f_step = QComboBox(AsylumEventDialog)
        self.f_step.setObjectName(u"f_step")

        self.fieldsLayout.addWidget(self.f_step, 0, 1, 1, 1)

        self.f_datedLabel = QLabel(AsylumEventDialog)
        self.f_datedLabel.setObjectName(u"f_datedLabel")

        self.fieldsLayout.addWidget(self.f_datedLabel, 1, 0, 1, 1)

        self.f_dated = DateEdit(AsylumEventDialog)
        self.f_dated.setObjectName(u"f_dated")

        self.fieldsLayout.addWidget(self.f_dated, 1, 1, 1, 1)

        self.f_outcomeLabel = QLabel(AsylumEventDialog)
        self.f_outcomeLabel.setObjectName(u"f_outcomeLabel")

        self.fieldsLayout.addWidget(self.f_outcomeLabel, 2, 0, 1, 1)

        self.f_outcome = QComboBox(AsylumEventDialog)
        self.f_outcome.setObjectName(u"f_outcome")

        self.fieldsLayout.addWidget(self.f_outcome, 2, 1, 1, 1)

        self.f_matter_idLabel = QLabel(AsylumEventDialog)
        self.f_matter_idLabel.setObjectName(u"f_matter_idLabel")

        self.fieldsLayout.addWidget(self.f_matter_idLabel, 3, 0, 1, 1)

        self.f_matter_id = QComboBox(AsylumEventDialog)
        self.f_matter_id.setObjectName(u"f_matter_id")

        self.fieldsLayout.addWidget(self.f_matter_id, 3, 1, 1, 1)

        self.f_bodyLabel = QLabel(AsylumEventDialog)
        self.f_bodyLabel.setObjectName(u"f_bodyLabel")

        self.fieldsLayout.addWidget(self.f_bodyLabel, 4, 0, 1, 1)

        self.f_body = QLineEdit(AsylumEventDialog)
        self.f_body.setObjectName(u"f_body")
        self.f_body.setMaxLength(500)

        self.fieldsLayout.addWidget(self.f_body, 4, 1, 1, 1)

        self.f_referenceLabel = QLabel(AsylumEventDialog)
        self.f_referenceLabel.setObjectName(u"f_referenceLabel")

        self.fieldsLayout.addWidget(self.f_referenceLabel, 5, 0, 1, 1)

        self.f_reference = QLineEdit(AsylumEventDialog)
        self.f_reference.setObjectName(u"f_reference")
        self.f_reference.setMaxLength(500)

        self.fieldsLayout.addWidget(self.f_reference, 5, 1, 1, 1)

        self.f_interpreter_languageLabel = QLabel(AsylumEventDialog)
        self.f_interpreter_languageLabel.setObjectName(u"f_interpreter_languageLabel")

        self.fieldsLayout.addWidget(self.f_interpreter_languageLabel, 6, 0, 1, 1)

        self.f_interpreter_language = QLineEdit(AsylumEventDialog)
        self.f_interpreter_language.setObjectName(u"f_interpreter_language")
        self.f_interpreter_language.setMaxLength(500)

        self.fieldsLayout.addWidget(self.f_interpreter_language, 6, 1, 1, 1)

        self.f_recording_requested = QCheckBox(AsylumEventDialog)
        self.f_recording_requested.setObjectName(u"f_recording_requested")

        self.fieldsLayout.addWidget(self.f_recording_requested, 7, 1, 1, 1)

        self.f_notesLabel = QLabel(AsylumEventDialog)
        self.f_notesLabel.setObjectName(u"f_notesLabel")

        self.fieldsLayout.addWidget(self.f_notesLabel, 8, 0, 1, 1)

        self.f_notes = QPlainTextEdit(AsylumEventDialog)
        self.f_notes.setObjectName(u"f_notes")
        self.f_notes.setTabChangesFocus(True)
        self.f_notes.setMaximumSize(QSize(16777215, 72))

        self.fieldsLayout.addWidget(self.f_notes, 8, 1, 1, 1)


        self.layout.addLayout(self.fieldsLayout)

        self.messageLabel = QLabel(AsylumEventDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(AsylumEventDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.f_stepLabel.setBuddy(self.f_step)
        self.f_datedLabel.setBuddy(self.f_dated)
        self.f_outcomeLabel.setBuddy(self.f_outcome)
        self.f_matter_idLabel.setBuddy(self.f_matter_id)
        self.f_bodyLabel.setBuddy(self.f_body)
        self.f_referenceLabel.setBuddy(self.f_reference)
        self.f_interpreter_languageLabel.setBuddy(self.f_interpreter_language)
        self.f_notesLabel.setBuddy(self.f_notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.f_step, self.f_dated)
        QWidget.setTabOrder(self.f_dated, self.f_outcome)
        QWidget.setTabOrder(self.f_outcome, self.f_matter_id)
        QWidget.setTabOrder(self.f_matter_id, self.f_body)
        QWidget.setTabOrder(self.f_body, self.f_reference)
        QWidget.setTabOrder(self.f_reference, self.f_interpreter_language)
        QWidget.setTabOrder(self.f_interpreter_language, self.f_recording_requested)
        QWidget.setTabOrder(self.f_recording_requested, self.f_notes)

        self.retranslateUi(AsylumEventDialog)

        QMetaObject.connectSlotsByName(AsylumEventDialog)
    # setupUi

    def retranslateUi(self, AsylumEventDialog):
        AsylumEventDialog.setWindowTitle(QCoreApplication.translate("AsylumEventDialog", u"Asylum or appeal step", None))
#if QT_CONFIG(accessibility)
        AsylumEventDialog.setAccessibleName(QCoreApplication.translate("AsylumEventDialog", u"Asylum or appeal step", None))
#endif // QT_CONFIG(accessibility)
        self.f_stepLabel.setText(QCoreApplication.translate("AsylumEventDialog", u"&Step:", None))
#if QT_CONFIG(accessibility)
        self.f_step.setAccessibleName(QCoreApplication.translate("AsylumEventDialog", u"Step", None))
#endif // QT_CONFIG(accessibility)
        self.f_datedLabel.setText(QCoreApplication.translate("AsylumEventDialog", u"&Date (sent, for a decision):", None))
#if QT_CONFIG(accessibility)
        self.f_dated.setAccessibleName(QCoreApplication.translate("AsylumEventDialog", u"Date (sent, for a decision)", None))
#endif // QT_CONFIG(accessibility)
        self.f_outcomeLabel.setText(QCoreApplication.translate("AsylumEventDialog", u"&Outcome:", None))
#if QT_CONFIG(accessibility)
        self.f_outcome.setAccessibleName(QCoreApplication.translate("AsylumEventDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.f_matter_idLabel.setText(QCoreApplication.translate("AsylumEventDialog", u"&Matter:", None))
#if QT_CONFIG(accessibility)
        self.f_matter_id.setAccessibleName(QCoreApplication.translate("AsylumEventDialog", u"Matter", None))
#endif // QT_CONFIG(accessibility)
        self.f_bodyLabel.setText(QCoreApplication.translate("AsylumEventDialog", u"&Decided or heard by:", None))
#if QT_CONFIG(accessibility)
        self.f_body.setAccessibleName(QCoreApplication.translate("AsylumEventDialog", u"Decided or heard by", None))
#endif // QT_CONFIG(accessibility)
        self.f_referenceLabel.setText(QCoreApplication.translate("AsylumEventDialog", u"&Reference:", None))
#if QT_CONFIG(accessibility)
        self.f_reference.setAccessibleName(QCoreApplication.translate("AsylumEventDialog", u"Reference", None))
#endif // QT_CONFIG(accessibility)
        self.f_interpreter_languageLabel.setText(QCoreApplication.translate("AsylumEventDialog", u"&Interpreter language and dialect:", None))
#if QT_CONFIG(accessibility)
        self.f_interpreter_language.setAccessibleName(QCoreApplication.translate("AsylumEventDialog", u"Interpreter language and dialect", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.f_recording_requested.setAccessibleName(QCoreApplication.translate("AsylumEventDialog", u"Copy of the interview recording re&quested", None))
#endif // QT_CONFIG(accessibility)
        self.f_recording_requested.setText(QCoreApplication.translate("AsylumEventDialog", u"Copy of the interview recording re&quested", None))
        self.f_notesLabel.setText(QCoreApplication.translate("AsylumEventDialog", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.f_notes.setAccessibleName(QCoreApplication.translate("AsylumEventDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("AsylumEventDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("AsylumEventDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

