# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'loss_item_dialog.ui'
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
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from assist_desktop.gui.widgets import DateEdit

class Ui_LossItemDialog(object):
    def setupUi(self, LossItemDialog):
        if not LossItemDialog.objectName():
            LossItemDialog.setObjectName(u"LossItemDialog")
        LossItemDialog.resize(560, 420)
        self.layout = QVBoxLayout(LossItemDialog)
        self.layout.setObjectName(u"layout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(8)
        self.f_headLabel = QLabel(LossItemDialog)
        self.f_headLabel.setObjectName(u"f_headLabel")

        self.fieldsLayout.addWidget(self.f_headLabel, 0, 0, 1, 1)

        self.f_head = QComboBox(LossItemDialog)
        self.f_head.setObjectName(u"f_head")

        self.fieldsLayout.addWidget(self.f_head, 0, 1, 1, 1)

        self.f_timingLabel = QLabel(LossItemDialog)
        self.f_timingLabel.setObjectName(u"f_timingLabel")

        self.fieldsLayout.addWidget(self.f_timingLabel, 1, 0, 1, 1)

        self.f_timing = QComboBox(LossItemDialog)
        self.f_timing.setObjectName(u"f_timing")

        self.fieldsLayout.addWidget(self.f_timing, 1, 1, 1, 1)

        self.f_descriptionLabel = QLabel(LossItemDialog)
        self.f_descriptionLabel.setObjectName(u"f_descriptionLabel")

        self.fieldsLayout.addWidget(self.f_descriptionLabel, 2, 0, 1, 1)

        self.f_description = QLineEdit(LossItemDialog)
        self.f_description.setObjectName(u"f_description")
        self.f_description.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_description, 2, 1, 1, 1)

        self.m_multiplicandLabel = QLabel(LossItemDialog)
        self.m_multiplicandLabel.setObjectName(u"m_multiplicandLabel")

        self.fieldsLayout.addWidget(self.m_multiplicandLabel, 3, 0, 1, 1)

        self.m_multiplicand = QLineEdit(LossItemDialog)
        self.m_multiplicand.setObjectName(u"m_multiplicand")
        self.m_multiplicand.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.fieldsLayout.addWidget(self.m_multiplicand, 3, 1, 1, 1)

        self.f_multiplierLabel = QLabel(LossItemDialog)
        self.f_multiplierLabel.setObjectName(u"f_multiplierLabel")

        self.fieldsLayout.addWidget(self.f_multiplierLabel, 4, 0, 1, 1)

        self.f_multiplier = QLineEdit(LossItemDialog)
        self.f_multiplier.setObjectName(u"f_multiplier")
        self.f_multiplier.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_multiplier, 4, 1, 1, 1)

        self.f_period_fromLabel = QLabel(LossItemDialog)
        self.f_period_fromLabel.setObjectName(u"f_period_fromLabel")

        self.fieldsLayout.addWidget(self.f_period_fromLabel, 5, 0, 1, 1)

        self.f_period_from = DateEdit(LossItemDialog)
        self.f_period_from.setObjectName(u"f_period_from")

        self.fieldsLayout.addWidget(self.f_period_from, 5, 1, 1, 1)

        self.f_period_toLabel = QLabel(LossItemDialog)
        self.f_period_toLabel.setObjectName(u"f_period_toLabel")

        self.fieldsLayout.addWidget(self.f_period_toLabel, 6, 0, 1, 1)

        self.f_period_to = DateEdit(LossItemDialog)
        self.f_period_to.setObjectName(u"f_period_to")

        self.fieldsLayout.addWidget(self.f_period_to, 6, 1, 1, 1)

        self.f_period_noteLabel = QLabel(LossItemDialog)
        self.f_period_noteLabel.setObjectName(u"f_period_noteLabel")

        self.fieldsLayout.addWidget(self.f_period_noteLabel, 7, 0, 1, 1)

        self.f_period_note = QLineEdit(LossItemDialog)
        self.f_period_note.setObjectName(u"f_period_note")
        self.f_period_note.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_period_note, 7, 1, 1, 1)


        self.layout.addLayout(self.fieldsLayout)

        self.messageLabel = QLabel(LossItemDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(LossItemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.f_headLabel.setBuddy(self.f_head)
        self.f_timingLabel.setBuddy(self.f_timing)
        self.f_descriptionLabel.setBuddy(self.f_description)
        self.m_multiplicandLabel.setBuddy(self.m_multiplicand)
        self.f_multiplierLabel.setBuddy(self.f_multiplier)
        self.f_period_fromLabel.setBuddy(self.f_period_from)
        self.f_period_toLabel.setBuddy(self.f_period_to)
        self.f_period_noteLabel.setBuddy(self.f_period_note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.f_head, self.f_timing)
        QWidget.setTabOrder(self.f_timing, self.f_description)
        QWidget.setTabOrder(self.f_description, self.m_multiplicand)
        QWidget.setTabOrder(self.m_multiplicand, self.f_multiplier)
        QWidget.setTabOrder(self.f_multiplier, self.f_period_from)
        QWidget.setTabOrder(self.f_period_from, self.f_period_to)
        QWidget.setTabOrder(self.f_period_to, self.f_period_note)

        self.retranslateUi(LossItemDialog)

        QMetaObject.connectSlotsByName(LossItemDialog)
    # setupUi

    def retranslateUi(self, LossItemDialog):
        LossItemDialog.setWindowTitle(QCoreApplication.translate("LossItemDialog", u"Schedule of loss item", None))
#if QT_CONFIG(accessibility)
        LossItemDialog.setAccessibleName(QCoreApplication.translate("LossItemDialog", u"Schedule of loss item", None))
#endif // QT_CONFIG(accessibility)
        self.f_headLabel.setText(QCoreApplication.translate("LossItemDialog", u"&Head of loss:", None))
#if QT_CONFIG(accessibility)
        self.f_head.setAccessibleName(QCoreApplication.translate("LossItemDialog", u"Head of loss", None))
#endif // QT_CONFIG(accessibility)
        self.f_timingLabel.setText(QCoreApplication.translate("LossItemDialog", u"&Past or future:", None))
#if QT_CONFIG(accessibility)
        self.f_timing.setAccessibleName(QCoreApplication.translate("LossItemDialog", u"Past or future", None))
#endif // QT_CONFIG(accessibility)
        self.f_descriptionLabel.setText(QCoreApplication.translate("LossItemDialog", u"&Description:", None))
#if QT_CONFIG(accessibility)
        self.f_description.setAccessibleName(QCoreApplication.translate("LossItemDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.m_multiplicandLabel.setText(QCoreApplication.translate("LossItemDialog", u"&Multiplicand:", None))
#if QT_CONFIG(accessibility)
        self.m_multiplicand.setAccessibleName(QCoreApplication.translate("LossItemDialog", u"Multiplicand", None))
#endif // QT_CONFIG(accessibility)
        self.m_multiplicand.setPlaceholderText(QCoreApplication.translate("LossItemDialog", u"0.00", None))
        self.f_multiplierLabel.setText(QCoreApplication.translate("LossItemDialog", u"Multi&plier:", None))
#if QT_CONFIG(accessibility)
        self.f_multiplier.setAccessibleName(QCoreApplication.translate("LossItemDialog", u"Multiplier", None))
#endif // QT_CONFIG(accessibility)
        self.f_period_fromLabel.setText(QCoreApplication.translate("LossItemDialog", u"Period &from:", None))
#if QT_CONFIG(accessibility)
        self.f_period_from.setAccessibleName(QCoreApplication.translate("LossItemDialog", u"Period from", None))
#endif // QT_CONFIG(accessibility)
        self.f_period_toLabel.setText(QCoreApplication.translate("LossItemDialog", u"Period &to:", None))
#if QT_CONFIG(accessibility)
        self.f_period_to.setAccessibleName(QCoreApplication.translate("LossItemDialog", u"Period to", None))
#endif // QT_CONFIG(accessibility)
        self.f_period_noteLabel.setText(QCoreApplication.translate("LossItemDialog", u"Period &note:", None))
#if QT_CONFIG(accessibility)
        self.f_period_note.setAccessibleName(QCoreApplication.translate("LossItemDialog", u"Period note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("LossItemDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("LossItemDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

