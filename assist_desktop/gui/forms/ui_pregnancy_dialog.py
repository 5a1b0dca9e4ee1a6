# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pregnancy_dialog.ui'
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

class Ui_PregnancyDialog(object):
    def setupUi(self, PregnancyDialog):
        if not PregnancyDialog.objectName():
            PregnancyDialog.setObjectName(u"PregnancyDialog")
        PregnancyDialog.resize(560, 420)
        self.layout = QVBoxLayout(PregnancyDialog)
        self.layout.setObjectName(u"layout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(8)
        self.f_due_onLabel = QLabel(PregnancyDialog)
        self.f_due_onLabel.setObjectName(u"f_due_onLabel")

        self.fieldsLayout.addWidget(self.f_due_onLabel, 0, 0, 1, 1)

        self.f_due_on = DateEdit(PregnancyDialog)
        self.f_due_on.setObjectName(u"f_due_on")

        self.fieldsLayout.addWidget(self.f_due_on, 0, 1, 1, 1)

        self.f_mat_b1_received = QCheckBox(PregnancyDialog)
        self.f_mat_b1_received.setObjectName(u"f_mat_b1_received")

        self.fieldsLayout.addWidget(self.f_mat_b1_received, 1, 1, 1, 1)

        self.f_maternity_grant_applied_onLabel = QLabel(PregnancyDialog)
        self.f_maternity_grant_applied_onLabel.setObjectName(u"f_maternity_grant_applied_onLabel")

        self.fieldsLayout.addWidget(self.f_maternity_grant_applied_onLabel, 2, 0, 1, 1)

        self.f_maternity_grant_applied_on = DateEdit(PregnancyDialog)
        self.f_maternity_grant_applied_on.setObjectName(u"f_maternity_grant_applied_on")

        self.fieldsLayout.addWidget(self.f_maternity_grant_applied_on, 2, 1, 1, 1)

        self.f_antenatal_careLabel = QLabel(PregnancyDialog)
        self.f_antenatal_careLabel.setObjectName(u"f_antenatal_careLabel")

        self.fieldsLayout.addWidget(self.f_antenatal_careLabel, 3, 0, 1, 1)

        self.f_antenatal_care = QLineEdit(PregnancyDialog)
        self.f_antenatal_care.setObjectName(u"f_antenatal_care")
        self.f_antenatal_care.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_antenatal_care, 3, 1, 1, 1)

        self.f_outcomeLabel = QLabel(PregnancyDialog)
        self.f_outcomeLabel.setObjectName(u"f_outcomeLabel")

        self.fieldsLayout.addWidget(self.f_outcomeLabel, 4, 0, 1, 1)

        self.f_outcome = QComboBox(PregnancyDialog)
        self.f_outcome.setObjectName(u"f_outcome")

        self.fieldsLayout.addWidget(self.f_outcome, 4, 1, 1, 1)

        self.f_ended_onLabel = QLabel(PregnancyDialog)
        self.f_ended_onLabel.setObjectName(u"f_ended_onLabel")

        self.fieldsLayout.addWidget(self.f_ended_onLabel, 5, 0, 1, 1)

        self.f_ended_on = DateEdit(PregnancyDialog)
        self.f_ended_on.setObjectName(u"f_ended_on")

        self.fieldsLayout.addWidget(self.f_ended_on, 5, 1, 1, 1)

        self.f_notesLabel = QLabel(PregnancyDialog)
        self.f_notesLabel.setObjectName(u"f_notesLabel")

        self.fieldsLayout.addWidget(self.f_notesLabel, 6, 0, 1, 1)

        self.f_notes = QPlainTextEdit(PregnancyDialog)
        self.f_notes.setObjectName(u"f_notes")
        self.f_notes.setTabChangesFocus(True)
        self.f_notes.setMaximumSize(QSize(16777215, 72))

        self.fieldsLayout.addWidget(self.f_notes, 6, 1, 1, 1)


        self.layout.addLayout(self.fieldsLayout)

        self.messageLabel = QLabel(PregnancyDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(PregnancyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.f_due_onLabel.setBuddy(self.f_due_on)
        self.f_maternity_grant_applied_onLabel.setBuddy(self.f_maternity_grant_applied_on)
        self.f_antenatal_careLabel.setBuddy(self.f_antenatal_care)
        self.f_outcomeLabel.setBuddy(self.f_outcome)
        self.f_ended_onLabel.setBuddy(self.f_ended_on)
        self.f_notesLabel.setBuddy(self.f_notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.f_due_on, self.f_mat_b1_received)
        QWidget.setTabOrder(self.f_mat_b1_received, self.f_maternity_grant_applied_on)
        QWidget.setTabOrder(self.f_maternity_grant_applied_on, self.f_antenatal_care)
        QWidget.setTabOrder(self.f_antenatal_care, self.f_outcome)
        QWidget.setTabOrder(self.f_outcome, self.f_ended_on)
        QWidget.setTabOrder(self.f_ended_on, self.f_notes)

        self.retranslateUi(PregnancyDialog)

        QMetaObject.connectSlotsByName(PregnancyDialog)
    # setupUi

    def retranslateUi(self, PregnancyDialog):
        PregnancyDialog.setWindowTitle(QCoreApplication.translate("PregnancyDialog", u"Pregnancy", None))
#if QT_CONFIG(accessibility)
        PregnancyDialog.setAccessibleName(QCoreApplication.translate("PregnancyDialog", u"Pregnancy", None))
#endif // QT_CONFIG(accessibility)
        self.f_due_onLabel.setText(QCoreApplication.translate("PregnancyDialog", u"&Due on:", None))
#if QT_CONFIG(accessibility)
        self.f_due_on.setAccessibleName(QCoreApplication.translate("PregnancyDialog", u"Due on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.f_mat_b1_received.setAccessibleName(QCoreApplication.translate("PregnancyDialog", u"MAT B1 received", None))
#endif // QT_CONFIG(accessibility)
        self.f_mat_b1_received.setText(QCoreApplication.translate("PregnancyDialog", u"MAT &B1 received", None))
        self.f_maternity_grant_applied_onLabel.setText(QCoreApplication.translate("PregnancyDialog", u"Maternity &grant applied on:", None))
#if QT_CONFIG(accessibility)
        self.f_maternity_grant_applied_on.setAccessibleName(QCoreApplication.translate("PregnancyDialog", u"Maternity grant applied on", None))
#endif // QT_CONFIG(accessibility)
        self.f_antenatal_careLabel.setText(QCoreApplication.translate("PregnancyDialog", u"&Antenatal care:", None))
#if QT_CONFIG(accessibility)
        self.f_antenatal_care.setAccessibleName(QCoreApplication.translate("PregnancyDialog", u"Antenatal care", None))
#endif // QT_CONFIG(accessibility)
        self.f_outcomeLabel.setText(QCoreApplication.translate("PregnancyDialog", u"&Outcome:", None))
#if QT_CONFIG(accessibility)
        self.f_outcome.setAccessibleName(QCoreApplication.translate("PregnancyDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.f_ended_onLabel.setText(QCoreApplication.translate("PregnancyDialog", u"&Ended on:", None))
#if QT_CONFIG(accessibility)
        self.f_ended_on.setAccessibleName(QCoreApplication.translate("PregnancyDialog", u"Ended on", None))
#endif // QT_CONFIG(accessibility)
        self.f_notesLabel.setText(QCoreApplication.translate("PregnancyDialog", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.f_notes.setAccessibleName(QCoreApplication.translate("PregnancyDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("PregnancyDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("PregnancyDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

