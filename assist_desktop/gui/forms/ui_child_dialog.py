# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'child_dialog.ui'
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

class Ui_ChildDialog(object):
    def setupUi(self, ChildDialog):
        if not ChildDialog.objectName():
            ChildDialog.setObjectName(u"ChildDialog")
        ChildDialog.resize(900, 420)
        self.layout = QVBoxLayout(ChildDialog)
        self.layout.setObjectName(u"layout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(8)
        self.f_relationshipLabel = QLabel(ChildDialog)
        self.f_relationshipLabel.setObjectName(u"f_relationshipLabel")

        self.fieldsLayout.addWidget(self.f_relationshipLabel, 0, 0, 1, 1)

        self.f_relationship = QComboBox(ChildDialog)
        self.f_relationship.setObjectName(u"f_relationship")

        self.fieldsLayout.addWidget(self.f_relationship, 0, 1, 1, 1)

        self.f_given_namesLabel = QLabel(ChildDialog)
        self.f_given_namesLabel.setObjectName(u"f_given_namesLabel")

        self.fieldsLayout.addWidget(self.f_given_namesLabel, 1, 0, 1, 1)

        self.f_given_names = QLineEdit(ChildDialog)
        self.f_given_names.setObjectName(u"f_given_names")
        self.f_given_names.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_given_names, 1, 1, 1, 1)

        self.f_family_nameLabel = QLabel(ChildDialog)
        self.f_family_nameLabel.setObjectName(u"f_family_nameLabel")

        self.fieldsLayout.addWidget(self.f_family_nameLabel, 2, 0, 1, 1)

        self.f_family_name = QLineEdit(ChildDialog)
        self.f_family_name.setObjectName(u"f_family_name")
        self.f_family_name.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_family_name, 2, 1, 1, 1)

        self.f_date_of_birthLabel = QLabel(ChildDialog)
        self.f_date_of_birthLabel.setObjectName(u"f_date_of_birthLabel")

        self.fieldsLayout.addWidget(self.f_date_of_birthLabel, 3, 0, 1, 1)

        self.f_date_of_birth = DateEdit(ChildDialog)
        self.f_date_of_birth.setObjectName(u"f_date_of_birth")

        self.fieldsLayout.addWidget(self.f_date_of_birth, 3, 1, 1, 1)

        self.f_age_disputed = QCheckBox(ChildDialog)
        self.f_age_disputed.setObjectName(u"f_age_disputed")

        self.fieldsLayout.addWidget(self.f_age_disputed, 4, 1, 1, 1)

        self.f_locationLabel = QLabel(ChildDialog)
        self.f_locationLabel.setObjectName(u"f_locationLabel")

        self.fieldsLayout.addWidget(self.f_locationLabel, 5, 0, 1, 1)

        self.f_location = QComboBox(ChildDialog)
        self.f_location.setObjectName(u"f_location")

        self.fieldsLayout.addWidget(self.f_location, 5, 1, 1, 1)

        self.f_location_detailLabel = QLabel(ChildDialog)
        self.f_location_detailLabel.setObjectName(u"f_location_detailLabel")

        self.fieldsLayout.addWidget(self.f_location_detailLabel, 6, 0, 1, 1)

        self.f_location_detail = QLineEdit(ChildDialog)
        self.f_location_detail.setObjectName(u"f_location_detail")
        self.f_location_detail.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_location_detail, 6, 1, 1, 1)

        self.f_leverage_risk = QCheckBox(ChildDialog)
        self.f_leverage_risk.setObjectName(u"f_leverage_risk")

        self.fieldsLayout.addWidget(self.f_leverage_risk, 7, 1, 1, 1)

        self.f_safety_notesLabel = QLabel(ChildDialog)
        self.f_safety_notesLabel.setObjectName(u"f_safety_notesLabel")

        self.fieldsLayout.addWidget(self.f_safety_notesLabel, 0, 2, 1, 1)

        self.f_safety_notes = QPlainTextEdit(ChildDialog)
        self.f_safety_notes.setObjectName(u"f_safety_notes")
        self.f_safety_notes.setTabChangesFocus(True)
        self.f_safety_notes.setMaximumSize(QSize(16777215, 72))

        self.fieldsLayout.addWidget(self.f_safety_notes, 0, 3, 1, 1)

        self.f_guardianLabel = QLabel(ChildDialog)
        self.f_guardianLabel.setObjectName(u"f_guardianLabel")

        self.fieldsLayout.addWidget(self.f_guardianLabel, 1, 2, 1, 1)

        self.f_guardian = QLineEdit(ChildDialog)
        self.f_guardian.setObjectName(u"f_guardian")
        self.f_guardian.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_guardian, 1, 3, 1, 1)

        self.f_social_workerLabel = QLabel(ChildDialog)
        self.f_social_workerLabel.setObjectName(u"f_social_workerLabel")

        self.fieldsLayout.addWidget(self.f_social_workerLabel, 2, 2, 1, 1)

        self.f_social_worker = QLineEdit(ChildDialog)
        self.f_social_worker.setObjectName(u"f_social_worker")
        self.f_social_worker.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_social_worker, 2, 3, 1, 1)

        self.f_school_or_childcareLabel = QLabel(ChildDialog)
        self.f_school_or_childcareLabel.setObjectName(u"f_school_or_childcareLabel")

        self.fieldsLayout.addWidget(self.f_school_or_childcareLabel, 3, 2, 1, 1)

        self.f_school_or_childcare = QLineEdit(ChildDialog)
        self.f_school_or_childcare.setObjectName(u"f_school_or_childcare")
        self.f_school_or_childcare.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_school_or_childcare, 3, 3, 1, 1)

        self.f_dependant_on_claim = QCheckBox(ChildDialog)
        self.f_dependant_on_claim.setObjectName(u"f_dependant_on_claim")

        self.fieldsLayout.addWidget(self.f_dependant_on_claim, 4, 3, 1, 1)

        self.f_best_interests_notesLabel = QLabel(ChildDialog)
        self.f_best_interests_notesLabel.setObjectName(u"f_best_interests_notesLabel")

        self.fieldsLayout.addWidget(self.f_best_interests_notesLabel, 5, 2, 1, 1)

        self.f_best_interests_notes = QPlainTextEdit(ChildDialog)
        self.f_best_interests_notes.setObjectName(u"f_best_interests_notes")
        self.f_best_interests_notes.setTabChangesFocus(True)
        self.f_best_interests_notes.setMaximumSize(QSize(16777215, 72))

        self.fieldsLayout.addWidget(self.f_best_interests_notes, 5, 3, 1, 1)

        self.f_family_reunionLabel = QLabel(ChildDialog)
        self.f_family_reunionLabel.setObjectName(u"f_family_reunionLabel")

        self.fieldsLayout.addWidget(self.f_family_reunionLabel, 6, 2, 1, 1)

        self.f_family_reunion = QComboBox(ChildDialog)
        self.f_family_reunion.setObjectName(u"f_family_reunion")

        self.fieldsLayout.addWidget(self.f_family_reunion, 6, 3, 1, 1)

        self.f_benefitsLabel = QLabel(ChildDialog)
        self.f_benefitsLabel.setObjectName(u"f_benefitsLabel")

        self.fieldsLayout.addWidget(self.f_benefitsLabel, 7, 2, 1, 1)

        self.f_benefits = QLineEdit(ChildDialog)
        self.f_benefits.setObjectName(u"f_benefits")
        self.f_benefits.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_benefits, 7, 3, 1, 1)


        self.layout.addLayout(self.fieldsLayout)

        self.messageLabel = QLabel(ChildDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ChildDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.f_relationshipLabel.setBuddy(self.f_relationship)
        self.f_given_namesLabel.setBuddy(self.f_given_names)
        self.f_family_nameLabel.setBuddy(self.f_family_name)
        self.f_date_of_birthLabel.setBuddy(self.f_date_of_birth)
        self.f_locationLabel.setBuddy(self.f_location)
        self.f_location_detailLabel.setBuddy(self.f_location_detail)
        self.f_safety_notesLabel.setBuddy(self.f_safety_notes)
        self.f_guardianLabel.setBuddy(self.f_guardian)
        self.f_social_workerLabel.setBuddy(self.f_social_worker)
        self.f_school_or_childcareLabel.setBuddy(self.f_school_or_childcare)
        self.f_best_interests_notesLabel.setBuddy(self.f_best_interests_notes)
        self.f_family_reunionLabel.setBuddy(self.f_family_reunion)
        self.f_benefitsLabel.setBuddy(self.f_benefits)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.f_relationship, self.f_given_names)
        QWidget.setTabOrder(self.f_given_names, self.f_family_name)
        QWidget.setTabOrder(self.f_family_name, self.f_date_of_birth)
        QWidget.setTabOrder(self.f_date_of_birth, self.f_age_disputed)
        QWidget.setTabOrder(self.f_age_disputed, self.f_location)
        QWidget.setTabOrder(self.f_location, self.f_location_detail)
        QWidget.setTabOrder(self.f_location_detail, self.f_leverage_risk)
        QWidget.setTabOrder(self.f_leverage_risk, self.f_safety_notes)
        QWidget.setTabOrder(self.f_safety_notes, self.f_guardian)
        QWidget.setTabOrder(self.f_guardian, self.f_social_worker)
        QWidget.setTabOrder(self.f_social_worker, self.f_school_or_childcare)
        QWidget.setTabOrder(self.f_school_or_childcare, self.f_dependant_on_claim)
        QWidget.setTabOrder(self.f_dependant_on_claim, self.f_best_interests_notes)
        QWidget.setTabOrder(self.f_best_interests_notes, self.f_family_reunion)
        QWidget.setTabOrder(self.f_family_reunion, self.f_benefits)

        self.retranslateUi(ChildDialog)

        QMetaObject.connectSlotsByName(ChildDialog)
    # setupUi

    def retranslateUi(self, ChildDialog):
        ChildDialog.setWindowTitle(QCoreApplication.translate("ChildDialog", u"Child", None))
#if QT_CONFIG(accessibility)
        ChildDialog.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Child", None))
#endif // QT_CONFIG(accessibility)
        self.f_relationshipLabel.setText(QCoreApplication.translate("ChildDialog", u"&Relationship:", None))
#if QT_CONFIG(accessibility)
        self.f_relationship.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Relationship", None))
#endif // QT_CONFIG(accessibility)
        self.f_given_namesLabel.setText(QCoreApplication.translate("ChildDialog", u"&Given names:", None))
#if QT_CONFIG(accessibility)
        self.f_given_names.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Given names", None))
#endif // QT_CONFIG(accessibility)
        self.f_family_nameLabel.setText(QCoreApplication.translate("ChildDialog", u"&Family name:", None))
#if QT_CONFIG(accessibility)
        self.f_family_name.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Family name", None))
#endif // QT_CONFIG(accessibility)
        self.f_date_of_birthLabel.setText(QCoreApplication.translate("ChildDialog", u"Date of &birth:", None))
#if QT_CONFIG(accessibility)
        self.f_date_of_birth.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.f_age_disputed.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Age disputed", None))
#endif // QT_CONFIG(accessibility)
        self.f_age_disputed.setText(QCoreApplication.translate("ChildDialog", u"Age &disputed", None))
        self.f_locationLabel.setText(QCoreApplication.translate("ChildDialog", u"&Where the child is:", None))
#if QT_CONFIG(accessibility)
        self.f_location.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Where the child is", None))
#endif // QT_CONFIG(accessibility)
        self.f_location_detailLabel.setText(QCoreApplication.translate("ChildDialog", u"&Details:", None))
#if QT_CONFIG(accessibility)
        self.f_location_detail.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.f_leverage_risk.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Traffickers may use the child as leverage", None))
#endif // QT_CONFIG(accessibility)
        self.f_leverage_risk.setText(QCoreApplication.translate("ChildDialog", u"Traffickers may use the child as &leverage", None))
        self.f_safety_notesLabel.setText(QCoreApplication.translate("ChildDialog", u"&Safety notes:", None))
#if QT_CONFIG(accessibility)
        self.f_safety_notes.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Safety notes", None))
#endif // QT_CONFIG(accessibility)
        self.f_guardianLabel.setText(QCoreApplication.translate("ChildDialog", u"G&uardian:", None))
#if QT_CONFIG(accessibility)
        self.f_guardian.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Guardian", None))
#endif // QT_CONFIG(accessibility)
        self.f_social_workerLabel.setText(QCoreApplication.translate("ChildDialog", u"Social &worker:", None))
#if QT_CONFIG(accessibility)
        self.f_social_worker.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Social worker", None))
#endif // QT_CONFIG(accessibility)
        self.f_school_or_childcareLabel.setText(QCoreApplication.translate("ChildDialog", u"School or &childcare:", None))
#if QT_CONFIG(accessibility)
        self.f_school_or_childcare.setAccessibleName(QCoreApplication.translate("ChildDialog", u"School or childcare", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.f_dependant_on_claim.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Dependant on her claim", None))
#endif // QT_CONFIG(accessibility)
        self.f_dependant_on_claim.setText(QCoreApplication.translate("ChildDialog", u"&Dependant on her claim", None))
        self.f_best_interests_notesLabel.setText(QCoreApplication.translate("ChildDialog", u"Best &interests:", None))
#if QT_CONFIG(accessibility)
        self.f_best_interests_notes.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Best interests", None))
#endif // QT_CONFIG(accessibility)
        self.f_family_reunionLabel.setText(QCoreApplication.translate("ChildDialog", u"Family &reunion:", None))
#if QT_CONFIG(accessibility)
        self.f_family_reunion.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Family reunion", None))
#endif // QT_CONFIG(accessibility)
        self.f_benefitsLabel.setText(QCoreApplication.translate("ChildDialog", u"Bene&fits:", None))
#if QT_CONFIG(accessibility)
        self.f_benefits.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Benefits", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

