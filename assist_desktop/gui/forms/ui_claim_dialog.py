# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'claim_dialog.ui'
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

class Ui_ClaimDialog(object):
    def setupUi(self, ClaimDialog):
        if not ClaimDialog.objectName():
            ClaimDialog.setObjectName(u"ClaimDialog")
        ClaimDialog.resize(900, 420)
        self.layout = QVBoxLayout(ClaimDialog)
        self.layout.setObjectName(u"layout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(8)
        self.f_schemeLabel = QLabel(ClaimDialog)
        self.f_schemeLabel.setObjectName(u"f_schemeLabel")

        self.fieldsLayout.addWidget(self.f_schemeLabel, 0, 0, 1, 1)

        self.f_scheme = QComboBox(ClaimDialog)
        self.f_scheme.setObjectName(u"f_scheme")

        self.fieldsLayout.addWidget(self.f_scheme, 0, 1, 1, 1)

        self.f_statusLabel = QLabel(ClaimDialog)
        self.f_statusLabel.setObjectName(u"f_statusLabel")

        self.fieldsLayout.addWidget(self.f_statusLabel, 1, 0, 1, 1)

        self.f_status = QComboBox(ClaimDialog)
        self.f_status.setObjectName(u"f_status")

        self.fieldsLayout.addWidget(self.f_status, 1, 1, 1, 1)

        self.f_matter_idLabel = QLabel(ClaimDialog)
        self.f_matter_idLabel.setObjectName(u"f_matter_idLabel")

        self.fieldsLayout.addWidget(self.f_matter_idLabel, 2, 0, 1, 1)

        self.f_matter_id = QComboBox(ClaimDialog)
        self.f_matter_id.setObjectName(u"f_matter_id")

        self.fieldsLayout.addWidget(self.f_matter_id, 2, 1, 1, 1)

        self.f_incident_fromLabel = QLabel(ClaimDialog)
        self.f_incident_fromLabel.setObjectName(u"f_incident_fromLabel")

        self.fieldsLayout.addWidget(self.f_incident_fromLabel, 3, 0, 1, 1)

        self.f_incident_from = DateEdit(ClaimDialog)
        self.f_incident_from.setObjectName(u"f_incident_from")

        self.fieldsLayout.addWidget(self.f_incident_from, 3, 1, 1, 1)

        self.f_incident_toLabel = QLabel(ClaimDialog)
        self.f_incident_toLabel.setObjectName(u"f_incident_toLabel")

        self.fieldsLayout.addWidget(self.f_incident_toLabel, 4, 0, 1, 1)

        self.f_incident_to = DateEdit(ClaimDialog)
        self.f_incident_to.setObjectName(u"f_incident_to")

        self.fieldsLayout.addWidget(self.f_incident_to, 4, 1, 1, 1)

        self.f_period_of_abuse = QCheckBox(ClaimDialog)
        self.f_period_of_abuse.setObjectName(u"f_period_of_abuse")

        self.fieldsLayout.addWidget(self.f_period_of_abuse, 5, 1, 1, 1)

        self.f_police_report_onLabel = QLabel(ClaimDialog)
        self.f_police_report_onLabel.setObjectName(u"f_police_report_onLabel")

        self.fieldsLayout.addWidget(self.f_police_report_onLabel, 6, 0, 1, 1)

        self.f_police_report_on = DateEdit(ClaimDialog)
        self.f_police_report_on.setObjectName(u"f_police_report_on")

        self.fieldsLayout.addWidget(self.f_police_report_on, 6, 1, 1, 1)

        self.f_crime_referenceLabel = QLabel(ClaimDialog)
        self.f_crime_referenceLabel.setObjectName(u"f_crime_referenceLabel")

        self.fieldsLayout.addWidget(self.f_crime_referenceLabel, 7, 0, 1, 1)

        self.f_crime_reference = QLineEdit(ClaimDialog)
        self.f_crime_reference.setObjectName(u"f_crime_reference")
        self.f_crime_reference.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_crime_reference, 7, 1, 1, 1)

        self.f_cooperation_notesLabel = QLabel(ClaimDialog)
        self.f_cooperation_notesLabel.setObjectName(u"f_cooperation_notesLabel")

        self.fieldsLayout.addWidget(self.f_cooperation_notesLabel, 8, 0, 1, 1)

        self.f_cooperation_notes = QPlainTextEdit(ClaimDialog)
        self.f_cooperation_notes.setObjectName(u"f_cooperation_notes")
        self.f_cooperation_notes.setTabChangesFocus(True)
        self.f_cooperation_notes.setMaximumSize(QSize(16777215, 72))

        self.fieldsLayout.addWidget(self.f_cooperation_notes, 8, 1, 1, 1)

        self.f_unspent_convictions_checked = QCheckBox(ClaimDialog)
        self.f_unspent_convictions_checked.setObjectName(u"f_unspent_convictions_checked")

        self.fieldsLayout.addWidget(self.f_unspent_convictions_checked, 0, 3, 1, 1)

        self.f_unspent_convictions_noteLabel = QLabel(ClaimDialog)
        self.f_unspent_convictions_noteLabel.setObjectName(u"f_unspent_convictions_noteLabel")

        self.fieldsLayout.addWidget(self.f_unspent_convictions_noteLabel, 1, 2, 1, 1)

        self.f_unspent_convictions_note = QLineEdit(ClaimDialog)
        self.f_unspent_convictions_note.setObjectName(u"f_unspent_convictions_note")
        self.f_unspent_convictions_note.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_unspent_convictions_note, 1, 3, 1, 1)

        self.f_application_onLabel = QLabel(ClaimDialog)
        self.f_application_onLabel.setObjectName(u"f_application_onLabel")

        self.fieldsLayout.addWidget(self.f_application_onLabel, 2, 2, 1, 1)

        self.f_application_on = DateEdit(ClaimDialog)
        self.f_application_on.setObjectName(u"f_application_on")

        self.fieldsLayout.addWidget(self.f_application_on, 2, 3, 1, 1)

        self.f_decision_onLabel = QLabel(ClaimDialog)
        self.f_decision_onLabel.setObjectName(u"f_decision_onLabel")

        self.fieldsLayout.addWidget(self.f_decision_onLabel, 3, 2, 1, 1)

        self.f_decision_on = DateEdit(ClaimDialog)
        self.f_decision_on.setObjectName(u"f_decision_on")

        self.fieldsLayout.addWidget(self.f_decision_on, 3, 3, 1, 1)

        self.f_review_requested_onLabel = QLabel(ClaimDialog)
        self.f_review_requested_onLabel.setObjectName(u"f_review_requested_onLabel")

        self.fieldsLayout.addWidget(self.f_review_requested_onLabel, 4, 2, 1, 1)

        self.f_review_requested_on = DateEdit(ClaimDialog)
        self.f_review_requested_on.setObjectName(u"f_review_requested_on")

        self.fieldsLayout.addWidget(self.f_review_requested_on, 4, 3, 1, 1)

        self.f_review_decision_onLabel = QLabel(ClaimDialog)
        self.f_review_decision_onLabel.setObjectName(u"f_review_decision_onLabel")

        self.fieldsLayout.addWidget(self.f_review_decision_onLabel, 5, 2, 1, 1)

        self.f_review_decision_on = DateEdit(ClaimDialog)
        self.f_review_decision_on.setObjectName(u"f_review_decision_on")

        self.fieldsLayout.addWidget(self.f_review_decision_on, 5, 3, 1, 1)

        self.m_amount_claimedLabel = QLabel(ClaimDialog)
        self.m_amount_claimedLabel.setObjectName(u"m_amount_claimedLabel")

        self.fieldsLayout.addWidget(self.m_amount_claimedLabel, 6, 2, 1, 1)

        self.m_amount_claimed = QLineEdit(ClaimDialog)
        self.m_amount_claimed.setObjectName(u"m_amount_claimed")
        self.m_amount_claimed.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.fieldsLayout.addWidget(self.m_amount_claimed, 6, 3, 1, 1)

        self.m_amount_offeredLabel = QLabel(ClaimDialog)
        self.m_amount_offeredLabel.setObjectName(u"m_amount_offeredLabel")

        self.fieldsLayout.addWidget(self.m_amount_offeredLabel, 7, 2, 1, 1)

        self.m_amount_offered = QLineEdit(ClaimDialog)
        self.m_amount_offered.setObjectName(u"m_amount_offered")
        self.m_amount_offered.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.fieldsLayout.addWidget(self.m_amount_offered, 7, 3, 1, 1)

        self.m_amount_paidLabel = QLabel(ClaimDialog)
        self.m_amount_paidLabel.setObjectName(u"m_amount_paidLabel")

        self.fieldsLayout.addWidget(self.m_amount_paidLabel, 8, 2, 1, 1)

        self.m_amount_paid = QLineEdit(ClaimDialog)
        self.m_amount_paid.setObjectName(u"m_amount_paid")
        self.m_amount_paid.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.fieldsLayout.addWidget(self.m_amount_paid, 8, 3, 1, 1)


        self.layout.addLayout(self.fieldsLayout)

        self.messageLabel = QLabel(ClaimDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ClaimDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.f_schemeLabel.setBuddy(self.f_scheme)
        self.f_statusLabel.setBuddy(self.f_status)
        self.f_matter_idLabel.setBuddy(self.f_matter_id)
        self.f_incident_fromLabel.setBuddy(self.f_incident_from)
        self.f_incident_toLabel.setBuddy(self.f_incident_to)
        self.f_police_report_onLabel.setBuddy(self.f_police_report_on)
        self.f_crime_referenceLabel.setBuddy(self.f_crime_reference)
        self.f_cooperation_notesLabel.setBuddy(self.f_cooperation_notes)
        self.f_unspent_convictions_noteLabel.setBuddy(self.f_unspent_convictions_note)
        self.f_application_onLabel.setBuddy(self.f_application_on)
        self.f_decision_onLabel.setBuddy(self.f_decision_on)
        self.f_review_requested_onLabel.setBuddy(self.f_review_requested_on)
        self.f_review_decision_onLabel.setBuddy(self.f_review_decision_on)
        self.m_amount_claimedLabel.setBuddy(self.m_amount_claimed)
        self.m_amount_offeredLabel.setBuddy(self.m_amount_offered)
        self.m_amount_paidLabel.setBuddy(self.m_amount_paid)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.f_scheme, self.f_status)
        QWidget.setTabOrder(self.f_status, self.f_matter_id)
        QWidget.setTabOrder(self.f_matter_id, self.f_incident_from)
        QWidget.setTabOrder(self.f_incident_from, self.f_incident_to)
        QWidget.setTabOrder(self.f_incident_to, self.f_period_of_abuse)
        QWidget.setTabOrder(self.f_period_of_abuse, self.f_police_report_on)
        QWidget.setTabOrder(self.f_police_report_on, self.f_crime_reference)
        QWidget.setTabOrder(self.f_crime_reference, self.f_cooperation_notes)
        QWidget.setTabOrder(self.f_cooperation_notes, self.f_unspent_convictions_checked)
        QWidget.setTabOrder(self.f_unspent_convictions_checked, self.f_unspent_convictions_note)
        QWidget.setTabOrder(self.f_unspent_convictions_note, self.f_application_on)
        QWidget.setTabOrder(self.f_application_on, self.f_decision_on)
        QWidget.setTabOrder(self.f_decision_on, self.f_review_requested_on)
        QWidget.setTabOrder(self.f_review_requested_on, self.f_review_decision_on)
        QWidget.setTabOrder(self.f_review_decision_on, self.m_amount_claimed)
        QWidget.setTabOrder(self.m_amount_claimed, self.m_amount_offered)
        QWidget.setTabOrder(self.m_amount_offered, self.m_amount_paid)

        self.retranslateUi(ClaimDialog)

        QMetaObject.connectSlotsByName(ClaimDialog)
    # setupUi

    def retranslateUi(self, ClaimDialog):
        ClaimDialog.setWindowTitle(QCoreApplication.translate("ClaimDialog", u"Compensation claim", None))
#if QT_CONFIG(accessibility)
        ClaimDialog.setAccessibleName(QCoreApplication.translate("ClaimDialog", u"Compensation claim", None))
#endif // QT_CONFIG(accessibility)
        self.f_schemeLabel.setText(QCoreApplication.translate("ClaimDialog", u"&Scheme:", None))
#if QT_CONFIG(accessibility)
        self.f_scheme.setAccessibleName(QCoreApplication.translate("ClaimDialog", u"Scheme", None))
#endif // QT_CONFIG(accessibility)
        self.f_statusLabel.setText(QCoreApplication.translate("ClaimDialog", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.f_status.setAccessibleName(QCoreApplication.translate("ClaimDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.f_matter_idLabel.setText(QCoreApplication.translate("ClaimDialog", u"&Matter:", None))
#if QT_CONFIG(accessibility)
        self.f_matter_id.setAccessibleName(QCoreApplication.translate("ClaimDialog", u"Matter", None))
#endif // QT_CONFIG(accessibility)
        self.f_incident_fromLabel.setText(QCoreApplication.translate("ClaimDialog", u"Incident &from:", None))
#if QT_CONFIG(accessibility)
        self.f_incident_from.setAccessibleName(QCoreApplication.translate("ClaimDialog", u"Incident from", None))
#endif // QT_CONFIG(accessibility)
        self.f_incident_toLabel.setText(QCoreApplication.translate("ClaimDialog", u"Incident &to:", None))
#if QT_CONFIG(accessibility)
        self.f_incident_to.setAccessibleName(QCoreApplication.translate("ClaimDialog", u"Incident to", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.f_period_of_abuse.setAccessibleName(QCoreApplication.translate("ClaimDialog", u"A period of abuse", None))
#endif // QT_CONFIG(accessibility)
        self.f_period_of_abuse.setText(QCoreApplication.translate("ClaimDialog", u"A &period of abuse", None))
        self.f_police_report_onLabel.setText(QCoreApplication.translate("ClaimDialog", u"&Reported to police on:", None))
#if QT_CONFIG(accessibility)
        self.f_police_report_on.setAccessibleName(QCoreApplication.translate("ClaimDialog", u"Reported to police on", None))
#endif // QT_CONFIG(accessibility)
        self.f_crime_referenceLabel.setText(QCoreApplication.translate("ClaimDialog", u"&Crime reference:", None))
#if QT_CONFIG(accessibility)
        self.f_crime_reference.setAccessibleName(QCoreApplication.translate("ClaimDialog", u"Crime reference", None))
#endif // QT_CONFIG(accessibility)
        self.f_cooperation_notesLabel.setText(QCoreApplication.translate("ClaimDialog", u"Co&operation notes:", None))
#if QT_CONFIG(accessibility)
        self.f_cooperation_notes.setAccessibleName(QCoreApplication.translate("ClaimDialog", u"Cooperation notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.f_unspent_convictions_checked.setAccessibleName(QCoreApplication.translate("ClaimDialog", u"Unspent convictions checked", None))
#endif // QT_CONFIG(accessibility)
        self.f_unspent_convictions_checked.setText(QCoreApplication.translate("ClaimDialog", u"&Unspent convictions checked", None))
        self.f_unspent_convictions_noteLabel.setText(QCoreApplication.translate("ClaimDialog", u"Con&victions note:", None))
#if QT_CONFIG(accessibility)
        self.f_unspent_convictions_note.setAccessibleName(QCoreApplication.translate("ClaimDialog", u"Convictions note", None))
#endif // QT_CONFIG(accessibility)
        self.f_application_onLabel.setText(QCoreApplication.translate("ClaimDialog", u"&Applied on:", None))
#if QT_CONFIG(accessibility)
        self.f_application_on.setAccessibleName(QCoreApplication.translate("ClaimDialog", u"Applied on", None))
#endif // QT_CONFIG(accessibility)
        self.f_decision_onLabel.setText(QCoreApplication.translate("ClaimDialog", u"&Decision on:", None))
#if QT_CONFIG(accessibility)
        self.f_decision_on.setAccessibleName(QCoreApplication.translate("ClaimDialog", u"Decision on", None))
#endif // QT_CONFIG(accessibility)
        self.f_review_requested_onLabel.setText(QCoreApplication.translate("ClaimDialog", u"Review re&quested on:", None))
#if QT_CONFIG(accessibility)
        self.f_review_requested_on.setAccessibleName(QCoreApplication.translate("ClaimDialog", u"Review requested on", None))
#endif // QT_CONFIG(accessibility)
        self.f_review_decision_onLabel.setText(QCoreApplication.translate("ClaimDialog", u"Review decided o&n:", None))
#if QT_CONFIG(accessibility)
        self.f_review_decision_on.setAccessibleName(QCoreApplication.translate("ClaimDialog", u"Review decided on", None))
#endif // QT_CONFIG(accessibility)
        self.m_amount_claimedLabel.setText(QCoreApplication.translate("ClaimDialog", u"Amount c&laimed:", None))
#if QT_CONFIG(accessibility)
        self.m_amount_claimed.setAccessibleName(QCoreApplication.translate("ClaimDialog", u"Amount claimed", None))
#endif // QT_CONFIG(accessibility)
        self.m_amount_claimed.setPlaceholderText(QCoreApplication.translate("ClaimDialog", u"0.00", None))
        self.m_amount_offeredLabel.setText(QCoreApplication.translate("ClaimDialog", u"Amount o&ffered:", None))
#if QT_CONFIG(accessibility)
        self.m_amount_offered.setAccessibleName(QCoreApplication.translate("ClaimDialog", u"Amount offered", None))
#endif // QT_CONFIG(accessibility)
        self.m_amount_offered.setPlaceholderText(QCoreApplication.translate("ClaimDialog", u"0.00", None))
        self.m_amount_paidLabel.setText(QCoreApplication.translate("ClaimDialog", u"Amount &paid:", None))
#if QT_CONFIG(accessibility)
        self.m_amount_paid.setAccessibleName(QCoreApplication.translate("ClaimDialog", u"Amount paid", None))
#endif // QT_CONFIG(accessibility)
        self.m_amount_paid.setPlaceholderText(QCoreApplication.translate("ClaimDialog", u"0.00", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("ClaimDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("ClaimDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

