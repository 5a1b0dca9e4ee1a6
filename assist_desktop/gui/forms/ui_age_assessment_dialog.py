# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'age_assessment_dialog.ui'
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
    QSpinBox, QVBoxLayout, QWidget)

from assist_desktop.gui.widgets import DateEdit

class Ui_AgeAssessmentDialog(object):
    def setupUi(self, AgeAssessmentDialog):
        if not AgeAssessmentDialog.objectName():
            AgeAssessmentDialog.setObjectName(u"AgeAssessmentDialog")
        AgeAssessmentDialog.resize(640, 460)
        self.layout = QVBoxLayout(AgeAssessmentDialog)
        self.layout.setObjectName(u"layout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(8)
        self.f_assessed_onLabel = QLabel(AgeAssessmentDialog)
        self.f_assessed_onLabel.setObjectName(u"f_assessed_onLabel")

        self.fieldsLayout.addWidget(self.f_assessed_onLabel, 0, 0, 1, 1)

        self.f_assessed_on = DateEdit(AgeAssessmentDialog)
        self.f_assessed_on.setObjectName(u"f_assessed_on")

        self.fieldsLayout.addWidget(self.f_assessed_on, 0, 1, 1, 1)

        self.f_assessorLabel = QLabel(AgeAssessmentDialog)
        self.f_assessorLabel.setObjectName(u"f_assessorLabel")

        self.fieldsLayout.addWidget(self.f_assessorLabel, 1, 0, 1, 1)

        self.f_assessor = QComboBox(AgeAssessmentDialog)
        self.f_assessor.setObjectName(u"f_assessor")

        self.fieldsLayout.addWidget(self.f_assessor, 1, 1, 1, 1)

        self.f_assessing_bodyLabel = QLabel(AgeAssessmentDialog)
        self.f_assessing_bodyLabel.setObjectName(u"f_assessing_bodyLabel")

        self.fieldsLayout.addWidget(self.f_assessing_bodyLabel, 2, 0, 1, 1)

        self.f_assessing_body = QLineEdit(AgeAssessmentDialog)
        self.f_assessing_body.setObjectName(u"f_assessing_body")
        self.f_assessing_body.setMaxLength(500)

        self.fieldsLayout.addWidget(self.f_assessing_body, 2, 1, 1, 1)

        self.f_outcomeLabel = QLabel(AgeAssessmentDialog)
        self.f_outcomeLabel.setObjectName(u"f_outcomeLabel")

        self.fieldsLayout.addWidget(self.f_outcomeLabel, 3, 0, 1, 1)

        self.f_outcome = QComboBox(AgeAssessmentDialog)
        self.f_outcome.setObjectName(u"f_outcome")

        self.fieldsLayout.addWidget(self.f_outcome, 3, 1, 1, 1)

        self.f_assessed_ageLabel = QLabel(AgeAssessmentDialog)
        self.f_assessed_ageLabel.setObjectName(u"f_assessed_ageLabel")

        self.fieldsLayout.addWidget(self.f_assessed_ageLabel, 4, 0, 1, 1)

        self.f_assessed_age = QSpinBox(AgeAssessmentDialog)
        self.f_assessed_age.setObjectName(u"f_assessed_age")
        self.f_assessed_age.setMaximum(120)

        self.fieldsLayout.addWidget(self.f_assessed_age, 4, 1, 1, 1)

        self.f_assessed_date_of_birthLabel = QLabel(AgeAssessmentDialog)
        self.f_assessed_date_of_birthLabel.setObjectName(u"f_assessed_date_of_birthLabel")

        self.fieldsLayout.addWidget(self.f_assessed_date_of_birthLabel, 5, 0, 1, 1)

        self.f_assessed_date_of_birth = DateEdit(AgeAssessmentDialog)
        self.f_assessed_date_of_birth.setObjectName(u"f_assessed_date_of_birth")

        self.fieldsLayout.addWidget(self.f_assessed_date_of_birth, 5, 1, 1, 1)

        self.f_merton_compliant = QCheckBox(AgeAssessmentDialog)
        self.f_merton_compliant.setObjectName(u"f_merton_compliant")

        self.fieldsLayout.addWidget(self.f_merton_compliant, 6, 1, 1, 1)

        self.f_interpreter_present = QCheckBox(AgeAssessmentDialog)
        self.f_interpreter_present.setObjectName(u"f_interpreter_present")

        self.fieldsLayout.addWidget(self.f_interpreter_present, 7, 1, 1, 1)

        self.f_appropriate_adult_present = QCheckBox(AgeAssessmentDialog)
        self.f_appropriate_adult_present.setObjectName(u"f_appropriate_adult_present")

        self.fieldsLayout.addWidget(self.f_appropriate_adult_present, 8, 1, 1, 1)

        self.f_challenged_onLabel = QLabel(AgeAssessmentDialog)
        self.f_challenged_onLabel.setObjectName(u"f_challenged_onLabel")

        self.fieldsLayout.addWidget(self.f_challenged_onLabel, 9, 0, 1, 1)

        self.f_challenged_on = DateEdit(AgeAssessmentDialog)
        self.f_challenged_on.setObjectName(u"f_challenged_on")

        self.fieldsLayout.addWidget(self.f_challenged_on, 9, 1, 1, 1)

        self.f_challenge_outcomeLabel = QLabel(AgeAssessmentDialog)
        self.f_challenge_outcomeLabel.setObjectName(u"f_challenge_outcomeLabel")

        self.fieldsLayout.addWidget(self.f_challenge_outcomeLabel, 10, 0, 1, 1)

        self.f_challenge_outcome = QLineEdit(AgeAssessmentDialog)
        self.f_challenge_outcome.setObjectName(u"f_challenge_outcome")
        self.f_challenge_outcome.setMaxLength(500)

        self.fieldsLayout.addWidget(self.f_challenge_outcome, 10, 1, 1, 1)

        self.f_notesLabel = QLabel(AgeAssessmentDialog)
        self.f_notesLabel.setObjectName(u"f_notesLabel")

        self.fieldsLayout.addWidget(self.f_notesLabel, 11, 0, 1, 1)

        self.f_notes = QPlainTextEdit(AgeAssessmentDialog)
        self.f_notes.setObjectName(u"f_notes")
        self.f_notes.setTabChangesFocus(True)
        self.f_notes.setMaximumSize(QSize(16777215, 72))

        self.fieldsLayout.addWidget(self.f_notes, 11, 1, 1, 1)


        self.layout.addLayout(self.fieldsLayout)

        self.messageLabel = QLabel(AgeAssessmentDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(AgeAssessmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.f_assessed_onLabel.setBuddy(self.f_assessed_on)
        self.f_assessorLabel.setBuddy(self.f_assessor)
        self.f_assessing_bodyLabel.setBuddy(self.f_assessing_body)
        self.f_outcomeLabel.setBuddy(self.f_outcome)
        self.f_assessed_ageLabel.setBuddy(self.f_assessed_age)
        self.f_assessed_date_of_birthLabel.setBuddy(self.f_assessed_date_of_birth)
        self.f_challenged_onLabel.setBuddy(self.f_challenged_on)
        self.f_challenge_outcomeLabel.setBuddy(self.f_challenge_outcome)
        self.f_notesLabel.setBuddy(self.f_notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.f_assessed_on, self.f_assessor)
        QWidget.setTabOrder(self.f_assessor, self.f_assessing_body)
        QWidget.setTabOrder(self.f_assessing_body, self.f_outcome)
        QWidget.setTabOrder(self.f_outcome, self.f_assessed_age)
        QWidget.setTabOrder(self.f_assessed_age, self.f_assessed_date_of_birth)
        QWidget.setTabOrder(self.f_assessed_date_of_birth, self.f_merton_compliant)
        QWidget.setTabOrder(self.f_merton_compliant, self.f_interpreter_present)
        QWidget.setTabOrder(self.f_interpreter_present, self.f_appropriate_adult_present)
        QWidget.setTabOrder(self.f_appropriate_adult_present, self.f_challenged_on)
        QWidget.setTabOrder(self.f_challenged_on, self.f_challenge_outcome)
        QWidget.setTabOrder(self.f_challenge_outcome, self.f_notes)

        self.retranslateUi(AgeAssessmentDialog)

        QMetaObject.connectSlotsByName(AgeAssessmentDialog)
    # setupUi

    def retranslateUi(self, AgeAssessmentDialog):
        AgeAssessmentDialog.setWindowTitle(QCoreApplication.translate("AgeAssessmentDialog", u"Age assessment", None))
#if QT_CONFIG(accessibility)
        AgeAssessmentDialog.setAccessibleName(QCoreApplication.translate("AgeAssessmentDialog", u"Age assessment", None))
#endif // QT_CONFIG(accessibility)
        self.f_assessed_onLabel.setText(QCoreApplication.translate("AgeAssessmentDialog", u"&Assessed on:", None))
#if QT_CONFIG(accessibility)
        self.f_assessed_on.setAccessibleName(QCoreApplication.translate("AgeAssessmentDialog", u"Assessed on", None))
#endif // QT_CONFIG(accessibility)
        self.f_assessorLabel.setText(QCoreApplication.translate("AgeAssessmentDialog", u"Assessed &by:", None))
#if QT_CONFIG(accessibility)
        self.f_assessor.setAccessibleName(QCoreApplication.translate("AgeAssessmentDialog", u"Assessed by", None))
#endif // QT_CONFIG(accessibility)
        self.f_assessing_bodyLabel.setText(QCoreApplication.translate("AgeAssessmentDialog", u"Assessing bod&y (name):", None))
#if QT_CONFIG(accessibility)
        self.f_assessing_body.setAccessibleName(QCoreApplication.translate("AgeAssessmentDialog", u"Assessing body (name)", None))
#endif // QT_CONFIG(accessibility)
        self.f_outcomeLabel.setText(QCoreApplication.translate("AgeAssessmentDialog", u"&Outcome:", None))
#if QT_CONFIG(accessibility)
        self.f_outcome.setAccessibleName(QCoreApplication.translate("AgeAssessmentDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.f_assessed_ageLabel.setText(QCoreApplication.translate("AgeAssessmentDialog", u"Assessed a&ge (years):", None))
#if QT_CONFIG(accessibility)
        self.f_assessed_age.setAccessibleName(QCoreApplication.translate("AgeAssessmentDialog", u"Assessed age (years)", None))
#endif // QT_CONFIG(accessibility)
        self.f_assessed_age.setSpecialValueText(QCoreApplication.translate("AgeAssessmentDialog", u"not given", None))
        self.f_assessed_date_of_birthLabel.setText(QCoreApplication.translate("AgeAssessmentDialog", u"Assessed date of &birth:", None))
#if QT_CONFIG(accessibility)
        self.f_assessed_date_of_birth.setAccessibleName(QCoreApplication.translate("AgeAssessmentDialog", u"Assessed date of birth", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.f_merton_compliant.setAccessibleName(QCoreApplication.translate("AgeAssessmentDialog", u"&Merton-compliant (reasons given, trained assessors)", None))
#endif // QT_CONFIG(accessibility)
        self.f_merton_compliant.setText(QCoreApplication.translate("AgeAssessmentDialog", u"&Merton-compliant (reasons given, trained assessors)", None))
#if QT_CONFIG(accessibility)
        self.f_interpreter_present.setAccessibleName(QCoreApplication.translate("AgeAssessmentDialog", u"&Interpreter present", None))
#endif // QT_CONFIG(accessibility)
        self.f_interpreter_present.setText(QCoreApplication.translate("AgeAssessmentDialog", u"&Interpreter present", None))
#if QT_CONFIG(accessibility)
        self.f_appropriate_adult_present.setAccessibleName(QCoreApplication.translate("AgeAssessmentDialog", u"A&ppropriate adult present", None))
#endif // QT_CONFIG(accessibility)
        self.f_appropriate_adult_present.setText(QCoreApplication.translate("AgeAssessmentDialog", u"A&ppropriate adult present", None))
        self.f_challenged_onLabel.setText(QCoreApplication.translate("AgeAssessmentDialog", u"&Challenged on:", None))
#if QT_CONFIG(accessibility)
        self.f_challenged_on.setAccessibleName(QCoreApplication.translate("AgeAssessmentDialog", u"Challenged on", None))
#endif // QT_CONFIG(accessibility)
        self.f_challenge_outcomeLabel.setText(QCoreApplication.translate("AgeAssessmentDialog", u"C&hallenge outcome:", None))
#if QT_CONFIG(accessibility)
        self.f_challenge_outcome.setAccessibleName(QCoreApplication.translate("AgeAssessmentDialog", u"Challenge outcome", None))
#endif // QT_CONFIG(accessibility)
        self.f_notesLabel.setText(QCoreApplication.translate("AgeAssessmentDialog", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.f_notes.setAccessibleName(QCoreApplication.translate("AgeAssessmentDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("AgeAssessmentDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("AgeAssessmentDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

