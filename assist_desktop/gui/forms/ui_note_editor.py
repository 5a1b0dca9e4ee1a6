# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'note_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

from assist_desktop.gui.widgets import DateEdit

class Ui_NoteEditor(object):
    def setupUi(self, NoteEditor):
        if not NoteEditor.objectName():
            NoteEditor.setObjectName(u"NoteEditor")
        NoteEditor.resize(640, 600)
        self.layout = QVBoxLayout(NoteEditor)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(6, 0, 0, 0)
        self.headingLabel = QLabel(NoteEditor)
        self.headingLabel.setObjectName(u"headingLabel")

        self.layout.addWidget(self.headingLabel)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(8)
        self.typeLabel = QLabel(NoteEditor)
        self.typeLabel.setObjectName(u"typeLabel")

        self.fieldsLayout.addWidget(self.typeLabel, 0, 0, 1, 1)

        self.typeCombo = QComboBox(NoteEditor)
        self.typeCombo.setObjectName(u"typeCombo")

        self.fieldsLayout.addWidget(self.typeCombo, 0, 1, 1, 1)

        self.dateLabel = QLabel(NoteEditor)
        self.dateLabel.setObjectName(u"dateLabel")

        self.fieldsLayout.addWidget(self.dateLabel, 0, 2, 1, 1)

        self.dateEdit = DateEdit(NoteEditor)
        self.dateEdit.setObjectName(u"dateEdit")

        self.fieldsLayout.addWidget(self.dateEdit, 0, 3, 1, 1)

        self.titleLabel = QLabel(NoteEditor)
        self.titleLabel.setObjectName(u"titleLabel")

        self.fieldsLayout.addWidget(self.titleLabel, 1, 0, 1, 1)

        self.titleEdit = QLineEdit(NoteEditor)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(1000)

        self.fieldsLayout.addWidget(self.titleEdit, 1, 1, 1, 3)

        self.matterLabel = QLabel(NoteEditor)
        self.matterLabel.setObjectName(u"matterLabel")

        self.fieldsLayout.addWidget(self.matterLabel, 2, 0, 1, 1)

        self.matterCombo = QComboBox(NoteEditor)
        self.matterCombo.setObjectName(u"matterCombo")

        self.fieldsLayout.addWidget(self.matterCombo, 2, 1, 1, 1)

        self.durationLabel = QLabel(NoteEditor)
        self.durationLabel.setObjectName(u"durationLabel")

        self.fieldsLayout.addWidget(self.durationLabel, 2, 2, 1, 1)

        self.durationSpin = QSpinBox(NoteEditor)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMaximum(1440)
        self.durationSpin.setSingleStep(6)

        self.fieldsLayout.addWidget(self.durationSpin, 2, 3, 1, 1)

        self.interpreterCheck = QCheckBox(NoteEditor)
        self.interpreterCheck.setObjectName(u"interpreterCheck")

        self.fieldsLayout.addWidget(self.interpreterCheck, 3, 0, 1, 2)

        self.interpreterEdit = QLineEdit(NoteEditor)
        self.interpreterEdit.setObjectName(u"interpreterEdit")
        self.interpreterEdit.setMaxLength(200)

        self.fieldsLayout.addWidget(self.interpreterEdit, 3, 2, 1, 2)

        self.privilegedCheck = QCheckBox(NoteEditor)
        self.privilegedCheck.setObjectName(u"privilegedCheck")

        self.fieldsLayout.addWidget(self.privilegedCheck, 4, 0, 1, 2)

        self.chronologyCheck = QCheckBox(NoteEditor)
        self.chronologyCheck.setObjectName(u"chronologyCheck")

        self.fieldsLayout.addWidget(self.chronologyCheck, 4, 2, 1, 1)

        self.chronologyDateEdit = DateEdit(NoteEditor)
        self.chronologyDateEdit.setObjectName(u"chronologyDateEdit")

        self.fieldsLayout.addWidget(self.chronologyDateEdit, 4, 3, 1, 1)


        self.layout.addLayout(self.fieldsLayout)

        self.bodyEdit = QPlainTextEdit(NoteEditor)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.bodyEdit)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.historyButton = QPushButton(NoteEditor)
        self.historyButton.setObjectName(u"historyButton")

        self.buttonsLayout.addWidget(self.historyButton)

        self.draftLabel = QLabel(NoteEditor)
        self.draftLabel.setObjectName(u"draftLabel")

        self.buttonsLayout.addWidget(self.draftLabel)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.discardButton = QPushButton(NoteEditor)
        self.discardButton.setObjectName(u"discardButton")

        self.buttonsLayout.addWidget(self.discardButton)

        self.saveButton = QPushButton(NoteEditor)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.layout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.typeLabel.setBuddy(self.typeCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.matterLabel.setBuddy(self.matterCombo)
        self.durationLabel.setBuddy(self.durationSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.typeCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.matterCombo)
        QWidget.setTabOrder(self.matterCombo, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.interpreterCheck)
        QWidget.setTabOrder(self.interpreterCheck, self.interpreterEdit)
        QWidget.setTabOrder(self.interpreterEdit, self.privilegedCheck)
        QWidget.setTabOrder(self.privilegedCheck, self.chronologyCheck)
        QWidget.setTabOrder(self.chronologyCheck, self.chronologyDateEdit)
        QWidget.setTabOrder(self.chronologyDateEdit, self.bodyEdit)
        QWidget.setTabOrder(self.bodyEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.discardButton)
        QWidget.setTabOrder(self.discardButton, self.historyButton)

        self.retranslateUi(NoteEditor)

        QMetaObject.connectSlotsByName(NoteEditor)
    # setupUi

    def retranslateUi(self, NoteEditor):
#if QT_CONFIG(accessibility)
        NoteEditor.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Note editor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("NoteEditor", u"What is being edited", None))
#endif // QT_CONFIG(accessibility)
        self.typeLabel.setText(QCoreApplication.translate("NoteEditor", u"&Type:", None))
#if QT_CONFIG(accessibility)
        self.typeCombo.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Type of note", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("NoteEditor", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Date of the note", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("NoteEditor", u"T&itle:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.matterLabel.setText(QCoreApplication.translate("NoteEditor", u"&Matter:", None))
#if QT_CONFIG(accessibility)
        self.matterCombo.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Matter the note is about", None))
#endif // QT_CONFIG(accessibility)
        self.durationLabel.setText(QCoreApplication.translate("NoteEditor", u"D&uration:", None))
#if QT_CONFIG(accessibility)
        self.durationSpin.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Duration in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.durationSpin.setSuffix(QCoreApplication.translate("NoteEditor", u" min", None))
        self.interpreterCheck.setText(QCoreApplication.translate("NoteEditor", u"An i&nterpreter was used; language and dialect:", None))
#if QT_CONFIG(accessibility)
        self.interpreterCheck.setAccessibleName(QCoreApplication.translate("NoteEditor", u"An interpreter was used", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.interpreterEdit.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Interpreter language and dialect", None))
#endif // QT_CONFIG(accessibility)
        self.privilegedCheck.setText(QCoreApplication.translate("NoteEditor", u"&Legally privileged (hidden from support workers)", None))
#if QT_CONFIG(accessibility)
        self.privilegedCheck.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Legally privileged", None))
#endif // QT_CONFIG(accessibility)
        self.chronologyCheck.setText(QCoreApplication.translate("NoteEditor", u"In the c&hronology at:", None))
#if QT_CONFIG(accessibility)
        self.chronologyCheck.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Include in the chronology", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chronologyDateEdit.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Date of the event in the chronology", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.bodyEdit.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Text of the note", None))
#endif // QT_CONFIG(accessibility)
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("NoteEditor", u"What happened, what was said, what was advised, what happens next.", None))
        self.historyButton.setText(QCoreApplication.translate("NoteEditor", u"&History\u2026", None))
#if QT_CONFIG(accessibility)
        self.historyButton.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Earlier versions of this note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.draftLabel.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Draft status", None))
#endif // QT_CONFIG(accessibility)
        self.discardButton.setText(QCoreApplication.translate("NoteEditor", u"D&iscard changes", None))
#if QT_CONFIG(accessibility)
        self.discardButton.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Discard changes", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("NoteEditor", u"&Save note", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Save note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("NoteEditor", u"Save the note (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

