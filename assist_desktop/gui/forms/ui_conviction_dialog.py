# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conviction_dialog.ui'
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

class Ui_ConvictionDialog(object):
    def setupUi(self, ConvictionDialog):
        if not ConvictionDialog.objectName():
            ConvictionDialog.setObjectName(u"ConvictionDialog")
        ConvictionDialog.resize(520, 440)
        self.layout = QVBoxLayout(ConvictionDialog)
        self.layout.setObjectName(u"layout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(8)
        self.f_offenceLabel = QLabel(ConvictionDialog)
        self.f_offenceLabel.setObjectName(u"f_offenceLabel")

        self.fieldsLayout.addWidget(self.f_offenceLabel, 0, 0, 1, 1)

        self.f_offence = QLineEdit(ConvictionDialog)
        self.f_offence.setObjectName(u"f_offence")
        self.f_offence.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_offence, 0, 1, 1, 1)

        self.f_convicted_onLabel = QLabel(ConvictionDialog)
        self.f_convicted_onLabel.setObjectName(u"f_convicted_onLabel")

        self.fieldsLayout.addWidget(self.f_convicted_onLabel, 1, 0, 1, 1)

        self.f_convicted_on = DateEdit(ConvictionDialog)
        self.f_convicted_on.setObjectName(u"f_convicted_on")

        self.fieldsLayout.addWidget(self.f_convicted_on, 1, 1, 1, 1)

        self.f_courtLabel = QLabel(ConvictionDialog)
        self.f_courtLabel.setObjectName(u"f_courtLabel")

        self.fieldsLayout.addWidget(self.f_courtLabel, 2, 0, 1, 1)

        self.f_court = QLineEdit(ConvictionDialog)
        self.f_court.setObjectName(u"f_court")
        self.f_court.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_court, 2, 1, 1, 1)

        self.f_countryLabel = QLabel(ConvictionDialog)
        self.f_countryLabel.setObjectName(u"f_countryLabel")

        self.fieldsLayout.addWidget(self.f_countryLabel, 3, 0, 1, 1)

        self.f_country = QLineEdit(ConvictionDialog)
        self.f_country.setObjectName(u"f_country")
        self.f_country.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_country, 3, 1, 1, 1)

        self.f_sentenceLabel = QLabel(ConvictionDialog)
        self.f_sentenceLabel.setObjectName(u"f_sentenceLabel")

        self.fieldsLayout.addWidget(self.f_sentenceLabel, 4, 0, 1, 1)

        self.f_sentence = QLineEdit(ConvictionDialog)
        self.f_sentence.setObjectName(u"f_sentence")
        self.f_sentence.setMaxLength(2000)

        self.fieldsLayout.addWidget(self.f_sentence, 4, 1, 1, 1)

        self.f_spentLabel = QLabel(ConvictionDialog)
        self.f_spentLabel.setObjectName(u"f_spentLabel")

        self.fieldsLayout.addWidget(self.f_spentLabel, 5, 0, 1, 1)

        self.f_spent = QComboBox(ConvictionDialog)
        self.f_spent.setObjectName(u"f_spent")

        self.fieldsLayout.addWidget(self.f_spent, 5, 1, 1, 1)

        self.f_compelled_by_trafficking = QCheckBox(ConvictionDialog)
        self.f_compelled_by_trafficking.setObjectName(u"f_compelled_by_trafficking")

        self.fieldsLayout.addWidget(self.f_compelled_by_trafficking, 6, 1, 1, 1)

        self.f_notesLabel = QLabel(ConvictionDialog)
        self.f_notesLabel.setObjectName(u"f_notesLabel")

        self.fieldsLayout.addWidget(self.f_notesLabel, 7, 0, 1, 1)

        self.f_notes = QPlainTextEdit(ConvictionDialog)
        self.f_notes.setObjectName(u"f_notes")
        self.f_notes.setTabChangesFocus(True)
        self.f_notes.setMaximumSize(QSize(16777215, 90))

        self.fieldsLayout.addWidget(self.f_notes, 7, 1, 1, 1)


        self.layout.addLayout(self.fieldsLayout)

        self.messageLabel = QLabel(ConvictionDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ConvictionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.f_offenceLabel.setBuddy(self.f_offence)
        self.f_convicted_onLabel.setBuddy(self.f_convicted_on)
        self.f_courtLabel.setBuddy(self.f_court)
        self.f_countryLabel.setBuddy(self.f_country)
        self.f_sentenceLabel.setBuddy(self.f_sentence)
        self.f_spentLabel.setBuddy(self.f_spent)
        self.f_notesLabel.setBuddy(self.f_notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.f_offence, self.f_convicted_on)
        QWidget.setTabOrder(self.f_convicted_on, self.f_court)
        QWidget.setTabOrder(self.f_court, self.f_country)
        QWidget.setTabOrder(self.f_country, self.f_sentence)
        QWidget.setTabOrder(self.f_sentence, self.f_spent)
        QWidget.setTabOrder(self.f_spent, self.f_compelled_by_trafficking)
        QWidget.setTabOrder(self.f_compelled_by_trafficking, self.f_notes)

        self.retranslateUi(ConvictionDialog)

        QMetaObject.connectSlotsByName(ConvictionDialog)
    # setupUi

    def retranslateUi(self, ConvictionDialog):
        ConvictionDialog.setWindowTitle(QCoreApplication.translate("ConvictionDialog", u"Conviction", None))
#if QT_CONFIG(accessibility)
        ConvictionDialog.setAccessibleName(QCoreApplication.translate("ConvictionDialog", u"Conviction", None))
#endif // QT_CONFIG(accessibility)
        self.f_offenceLabel.setText(QCoreApplication.translate("ConvictionDialog", u"&Offence:", None))
#if QT_CONFIG(accessibility)
        self.f_offence.setAccessibleName(QCoreApplication.translate("ConvictionDialog", u"Offence", None))
#endif // QT_CONFIG(accessibility)
        self.f_convicted_onLabel.setText(QCoreApplication.translate("ConvictionDialog", u"Con&victed on:", None))
#if QT_CONFIG(accessibility)
        self.f_convicted_on.setAccessibleName(QCoreApplication.translate("ConvictionDialog", u"Convicted on", None))
#endif // QT_CONFIG(accessibility)
        self.f_courtLabel.setText(QCoreApplication.translate("ConvictionDialog", u"Co&urt:", None))
#if QT_CONFIG(accessibility)
        self.f_court.setAccessibleName(QCoreApplication.translate("ConvictionDialog", u"Court", None))
#endif // QT_CONFIG(accessibility)
        self.f_countryLabel.setText(QCoreApplication.translate("ConvictionDialog", u"Coun&try:", None))
#if QT_CONFIG(accessibility)
        self.f_country.setAccessibleName(QCoreApplication.translate("ConvictionDialog", u"Country", None))
#endif // QT_CONFIG(accessibility)
        self.f_sentenceLabel.setText(QCoreApplication.translate("ConvictionDialog", u"&Sentence:", None))
#if QT_CONFIG(accessibility)
        self.f_sentence.setAccessibleName(QCoreApplication.translate("ConvictionDialog", u"Sentence", None))
#endif // QT_CONFIG(accessibility)
        self.f_spentLabel.setText(QCoreApplication.translate("ConvictionDialog", u"S&pent:", None))
#if QT_CONFIG(accessibility)
        self.f_spent.setAccessibleName(QCoreApplication.translate("ConvictionDialog", u"Whether the conviction is spent", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.f_compelled_by_trafficking.setAccessibleName(QCoreApplication.translate("ConvictionDialog", u"Committed as a result of her trafficking", None))
#endif // QT_CONFIG(accessibility)
        self.f_compelled_by_trafficking.setText(QCoreApplication.translate("ConvictionDialog", u"Committed as a result of her &trafficking (s.45 defence / non-punishment)", None))
        self.f_notesLabel.setText(QCoreApplication.translate("ConvictionDialog", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.f_notes.setAccessibleName(QCoreApplication.translate("ConvictionDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("ConvictionDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("ConvictionDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

