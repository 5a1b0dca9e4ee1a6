# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'time_dialog.ui'
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
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

from assist_desktop.gui.widgets import DateEdit

class Ui_TimeDialog(object):
    def setupUi(self, TimeDialog):
        if not TimeDialog.objectName():
            TimeDialog.setObjectName(u"TimeDialog")
        TimeDialog.resize(560, 420)
        self.layout = QVBoxLayout(TimeDialog)
        self.layout.setObjectName(u"layout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(8)
        self.f_matter_idLabel = QLabel(TimeDialog)
        self.f_matter_idLabel.setObjectName(u"f_matter_idLabel")

        self.fieldsLayout.addWidget(self.f_matter_idLabel, 0, 0, 1, 1)

        self.f_matter_id = QComboBox(TimeDialog)
        self.f_matter_id.setObjectName(u"f_matter_id")

        self.fieldsLayout.addWidget(self.f_matter_id, 0, 1, 1, 1)

        self.f_worked_onLabel = QLabel(TimeDialog)
        self.f_worked_onLabel.setObjectName(u"f_worked_onLabel")

        self.fieldsLayout.addWidget(self.f_worked_onLabel, 1, 0, 1, 1)

        self.f_worked_on = DateEdit(TimeDialog)
        self.f_worked_on.setObjectName(u"f_worked_on")

        self.fieldsLayout.addWidget(self.f_worked_on, 1, 1, 1, 1)

        self.f_minutesLabel = QLabel(TimeDialog)
        self.f_minutesLabel.setObjectName(u"f_minutesLabel")

        self.fieldsLayout.addWidget(self.f_minutesLabel, 2, 0, 1, 1)

        self.f_minutes = QSpinBox(TimeDialog)
        self.f_minutes.setObjectName(u"f_minutes")
        self.f_minutes.setMaximum(100000)

        self.fieldsLayout.addWidget(self.f_minutes, 2, 1, 1, 1)

        self.f_activityLabel = QLabel(TimeDialog)
        self.f_activityLabel.setObjectName(u"f_activityLabel")

        self.fieldsLayout.addWidget(self.f_activityLabel, 3, 0, 1, 1)

        self.f_activity = QComboBox(TimeDialog)
        self.f_activity.setObjectName(u"f_activity")

        self.fieldsLayout.addWidget(self.f_activity, 3, 1, 1, 1)

        self.f_funderLabel = QLabel(TimeDialog)
        self.f_funderLabel.setObjectName(u"f_funderLabel")

        self.fieldsLayout.addWidget(self.f_funderLabel, 4, 0, 1, 1)

        self.f_funder = QLineEdit(TimeDialog)
        self.f_funder.setObjectName(u"f_funder")
        self.f_funder.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_funder, 4, 1, 1, 1)

        self.f_descriptionLabel = QLabel(TimeDialog)
        self.f_descriptionLabel.setObjectName(u"f_descriptionLabel")

        self.fieldsLayout.addWidget(self.f_descriptionLabel, 5, 0, 1, 1)

        self.f_description = QPlainTextEdit(TimeDialog)
        self.f_description.setObjectName(u"f_description")
        self.f_description.setTabChangesFocus(True)
        self.f_description.setMaximumSize(QSize(16777215, 72))

        self.fieldsLayout.addWidget(self.f_description, 5, 1, 1, 1)


        self.layout.addLayout(self.fieldsLayout)

        self.messageLabel = QLabel(TimeDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(TimeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.f_matter_idLabel.setBuddy(self.f_matter_id)
        self.f_worked_onLabel.setBuddy(self.f_worked_on)
        self.f_minutesLabel.setBuddy(self.f_minutes)
        self.f_activityLabel.setBuddy(self.f_activity)
        self.f_funderLabel.setBuddy(self.f_funder)
        self.f_descriptionLabel.setBuddy(self.f_description)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.f_matter_id, self.f_worked_on)
        QWidget.setTabOrder(self.f_worked_on, self.f_minutes)
        QWidget.setTabOrder(self.f_minutes, self.f_activity)
        QWidget.setTabOrder(self.f_activity, self.f_funder)
        QWidget.setTabOrder(self.f_funder, self.f_description)

        self.retranslateUi(TimeDialog)

        QMetaObject.connectSlotsByName(TimeDialog)
    # setupUi

    def retranslateUi(self, TimeDialog):
        TimeDialog.setWindowTitle(QCoreApplication.translate("TimeDialog", u"Time", None))
#if QT_CONFIG(accessibility)
        TimeDialog.setAccessibleName(QCoreApplication.translate("TimeDialog", u"Time", None))
#endif // QT_CONFIG(accessibility)
        self.f_matter_idLabel.setText(QCoreApplication.translate("TimeDialog", u"&Matter:", None))
#if QT_CONFIG(accessibility)
        self.f_matter_id.setAccessibleName(QCoreApplication.translate("TimeDialog", u"Matter", None))
#endif // QT_CONFIG(accessibility)
        self.f_worked_onLabel.setText(QCoreApplication.translate("TimeDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.f_worked_on.setAccessibleName(QCoreApplication.translate("TimeDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.f_minutesLabel.setText(QCoreApplication.translate("TimeDialog", u"M&inutes:", None))
#if QT_CONFIG(accessibility)
        self.f_minutes.setAccessibleName(QCoreApplication.translate("TimeDialog", u"Minutes", None))
#endif // QT_CONFIG(accessibility)
        self.f_activityLabel.setText(QCoreApplication.translate("TimeDialog", u"&Activity:", None))
#if QT_CONFIG(accessibility)
        self.f_activity.setAccessibleName(QCoreApplication.translate("TimeDialog", u"Activity", None))
#endif // QT_CONFIG(accessibility)
        self.f_funderLabel.setText(QCoreApplication.translate("TimeDialog", u"&Funder:", None))
#if QT_CONFIG(accessibility)
        self.f_funder.setAccessibleName(QCoreApplication.translate("TimeDialog", u"Funder", None))
#endif // QT_CONFIG(accessibility)
        self.f_descriptionLabel.setText(QCoreApplication.translate("TimeDialog", u"&What was done:", None))
#if QT_CONFIG(accessibility)
        self.f_description.setAccessibleName(QCoreApplication.translate("TimeDialog", u"What was done", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("TimeDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("TimeDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

