# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'statement_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from assist_desktop.gui.widgets import DateEdit

class Ui_StatementEditor(object):
    def setupUi(self, StatementEditor):
        if not StatementEditor.objectName():
            StatementEditor.setObjectName(u"StatementEditor")
        StatementEditor.resize(1240, 700)
        self.layout = QVBoxLayout(StatementEditor)
        self.layout.setObjectName(u"layout")
        self.detailsLayout = QGridLayout()
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.titleLabel = QLabel(StatementEditor)
        self.titleLabel.setObjectName(u"titleLabel")

        self.detailsLayout.addWidget(self.titleLabel, 0, 0, 1, 1)

        self.titleEdit = QLineEdit(StatementEditor)
        self.titleEdit.setObjectName(u"titleEdit")

        self.detailsLayout.addWidget(self.titleEdit, 0, 1, 1, 1)

        self.matterLabel = QLabel(StatementEditor)
        self.matterLabel.setObjectName(u"matterLabel")

        self.detailsLayout.addWidget(self.matterLabel, 0, 2, 1, 1)

        self.matterCombo = QComboBox(StatementEditor)
        self.matterCombo.setObjectName(u"matterCombo")

        self.detailsLayout.addWidget(self.matterCombo, 0, 3, 1, 1)

        self.numberLabel = QLabel(StatementEditor)
        self.numberLabel.setObjectName(u"numberLabel")

        self.detailsLayout.addWidget(self.numberLabel, 0, 4, 1, 1)

        self.numberSpin = QSpinBox(StatementEditor)
        self.numberSpin.setObjectName(u"numberSpin")
        self.numberSpin.setMinimum(0)
        self.numberSpin.setMaximum(99)

        self.detailsLayout.addWidget(self.numberSpin, 0, 5, 1, 1)

        self.occupationLabel = QLabel(StatementEditor)
        self.occupationLabel.setObjectName(u"occupationLabel")

        self.detailsLayout.addWidget(self.occupationLabel, 1, 0, 1, 1)

        self.occupationEdit = QLineEdit(StatementEditor)
        self.occupationEdit.setObjectName(u"occupationEdit")

        self.detailsLayout.addWidget(self.occupationEdit, 1, 1, 1, 5)


        self.layout.addLayout(self.detailsLayout)

        self.readBackLayout = QHBoxLayout()
        self.readBackLayout.setObjectName(u"readBackLayout")
        self.readBackLabel = QLabel(StatementEditor)
        self.readBackLabel.setObjectName(u"readBackLabel")

        self.readBackLayout.addWidget(self.readBackLabel)

        self.readBackCombo = QComboBox(StatementEditor)
        self.readBackCombo.setObjectName(u"readBackCombo")

        self.readBackLayout.addWidget(self.readBackCombo)

        self.languageLabel = QLabel(StatementEditor)
        self.languageLabel.setObjectName(u"languageLabel")

        self.readBackLayout.addWidget(self.languageLabel)

        self.languageEdit = QLineEdit(StatementEditor)
        self.languageEdit.setObjectName(u"languageEdit")

        self.readBackLayout.addWidget(self.languageEdit)

        self.interpreterLabel = QLabel(StatementEditor)
        self.interpreterLabel.setObjectName(u"interpreterLabel")

        self.readBackLayout.addWidget(self.interpreterLabel)

        self.interpreterEdit = QLineEdit(StatementEditor)
        self.interpreterEdit.setObjectName(u"interpreterEdit")

        self.readBackLayout.addWidget(self.interpreterEdit)

        self.readBackDateLabel = QLabel(StatementEditor)
        self.readBackDateLabel.setObjectName(u"readBackDateLabel")

        self.readBackLayout.addWidget(self.readBackDateLabel)

        self.readBackDateEdit = DateEdit(StatementEditor)
        self.readBackDateEdit.setObjectName(u"readBackDateEdit")

        self.readBackLayout.addWidget(self.readBackDateEdit)

        self.readBackLayout.setStretch(3, 1)
        self.readBackLayout.setStretch(5, 1)

        self.layout.addLayout(self.readBackLayout)

        self.splitter = QSplitter(StatementEditor)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.paragraphsPane = QWidget(self.splitter)
        self.paragraphsPane.setObjectName(u"paragraphsPane")
        self.paragraphsLayout = QVBoxLayout(self.paragraphsPane)
        self.paragraphsLayout.setObjectName(u"paragraphsLayout")
        self.paragraphsLayout.setContentsMargins(0, 0, 0, 0)
        self.paragraphsLabel = QLabel(self.paragraphsPane)
        self.paragraphsLabel.setObjectName(u"paragraphsLabel")

        self.paragraphsLayout.addWidget(self.paragraphsLabel)

        self.paragraphList = QListWidget(self.paragraphsPane)
        self.paragraphList.setObjectName(u"paragraphList")
        self.paragraphList.setAlternatingRowColors(True)
        self.paragraphList.setWordWrap(False)

        self.paragraphsLayout.addWidget(self.paragraphList)

        self.paragraphButtons = QHBoxLayout()
        self.paragraphButtons.setObjectName(u"paragraphButtons")
        self.addButton = QPushButton(self.paragraphsPane)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.paragraphButtons.addWidget(self.addButton)

        self.insertButton = QPushButton(self.paragraphsPane)
        self.insertButton.setObjectName(u"insertButton")
        self.insertButton.setAutoDefault(False)

        self.paragraphButtons.addWidget(self.insertButton)

        self.removeButton = QPushButton(self.paragraphsPane)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.paragraphButtons.addWidget(self.removeButton)

        self.upButton = QPushButton(self.paragraphsPane)
        self.upButton.setObjectName(u"upButton")
        self.upButton.setAutoDefault(False)

        self.paragraphButtons.addWidget(self.upButton)

        self.downButton = QPushButton(self.paragraphsPane)
        self.downButton.setObjectName(u"downButton")
        self.downButton.setAutoDefault(False)

        self.paragraphButtons.addWidget(self.downButton)

        self.paragraphSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paragraphButtons.addItem(self.paragraphSpacer)


        self.paragraphsLayout.addLayout(self.paragraphButtons)

        self.headingLayout = QHBoxLayout()
        self.headingLayout.setObjectName(u"headingLayout")
        self.headingLabel = QLabel(self.paragraphsPane)
        self.headingLabel.setObjectName(u"headingLabel")

        self.headingLayout.addWidget(self.headingLabel)

        self.headingEdit = QLineEdit(self.paragraphsPane)
        self.headingEdit.setObjectName(u"headingEdit")

        self.headingLayout.addWidget(self.headingEdit)


        self.paragraphsLayout.addLayout(self.headingLayout)

        self.textLabel = QLabel(self.paragraphsPane)
        self.textLabel.setObjectName(u"textLabel")

        self.paragraphsLayout.addWidget(self.textLabel)

        self.paragraphEdit = QPlainTextEdit(self.paragraphsPane)
        self.paragraphEdit.setObjectName(u"paragraphEdit")
        self.paragraphEdit.setTabChangesFocus(True)

        self.paragraphsLayout.addWidget(self.paragraphEdit)

        self.paragraphsLayout.setStretch(1, 2)
        self.paragraphsLayout.setStretch(5, 3)
        self.splitter.addWidget(self.paragraphsPane)
        self.sideTabs = QTabWidget(self.splitter)
        self.sideTabs.setObjectName(u"sideTabs")
        self.notesPage = QWidget()
        self.notesPage.setObjectName(u"notesPage")
        self.notesLayout = QVBoxLayout(self.notesPage)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesHint = QLabel(self.notesPage)
        self.notesHint.setObjectName(u"notesHint")
        self.notesHint.setWordWrap(True)

        self.notesLayout.addWidget(self.notesHint)

        self.noteList = QListWidget(self.notesPage)
        self.noteList.setObjectName(u"noteList")

        self.notesLayout.addWidget(self.noteList)

        self.noteView = QPlainTextEdit(self.notesPage)
        self.noteView.setObjectName(u"noteView")
        self.noteView.setReadOnly(True)
        self.noteView.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.noteView)

        self.copyLayout = QHBoxLayout()
        self.copyLayout.setObjectName(u"copyLayout")
        self.copyButton = QPushButton(self.notesPage)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.copyLayout.addWidget(self.copyButton)

        self.copySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.copyLayout.addItem(self.copySpacer)


        self.notesLayout.addLayout(self.copyLayout)

        self.notesLayout.setStretch(1, 1)
        self.notesLayout.setStretch(2, 2)
        self.sideTabs.addTab(self.notesPage, "")
        self.exhibitsPage = QWidget()
        self.exhibitsPage.setObjectName(u"exhibitsPage")
        self.exhibitsLayout = QVBoxLayout(self.exhibitsPage)
        self.exhibitsLayout.setObjectName(u"exhibitsLayout")
        self.exhibitsHint = QLabel(self.exhibitsPage)
        self.exhibitsHint.setObjectName(u"exhibitsHint")
        self.exhibitsHint.setWordWrap(True)

        self.exhibitsLayout.addWidget(self.exhibitsHint)

        self.exhibitTable = QTableWidget(self.exhibitsPage)
        if (self.exhibitTable.columnCount() < 2):
            self.exhibitTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.exhibitTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.exhibitTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.exhibitTable.setObjectName(u"exhibitTable")
        self.exhibitTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.exhibitTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.exhibitTable.setTabKeyNavigation(False)
        self.exhibitTable.setColumnCount(2)
        self.exhibitTable.horizontalHeader().setStretchLastSection(True)
        self.exhibitTable.verticalHeader().setVisible(False)

        self.exhibitsLayout.addWidget(self.exhibitTable)

        self.exhibitButtons = QHBoxLayout()
        self.exhibitButtons.setObjectName(u"exhibitButtons")
        self.addExhibitButton = QPushButton(self.exhibitsPage)
        self.addExhibitButton.setObjectName(u"addExhibitButton")
        self.addExhibitButton.setAutoDefault(False)

        self.exhibitButtons.addWidget(self.addExhibitButton)

        self.removeExhibitButton = QPushButton(self.exhibitsPage)
        self.removeExhibitButton.setObjectName(u"removeExhibitButton")
        self.removeExhibitButton.setAutoDefault(False)

        self.exhibitButtons.addWidget(self.removeExhibitButton)

        self.referButton = QPushButton(self.exhibitsPage)
        self.referButton.setObjectName(u"referButton")
        self.referButton.setAutoDefault(False)

        self.exhibitButtons.addWidget(self.referButton)

        self.exhibitSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exhibitButtons.addItem(self.exhibitSpacer)


        self.exhibitsLayout.addLayout(self.exhibitButtons)

        self.exhibitsLayout.setStretch(1, 1)
        self.sideTabs.addTab(self.exhibitsPage, "")
        self.splitter.addWidget(self.sideTabs)

        self.layout.addWidget(self.splitter)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.statusLabel = QLabel(StatementEditor)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.bottomLayout.addWidget(self.statusLabel)

        self.saveButton = QPushButton(StatementEditor)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.saveButton)

        self.versionsButton = QPushButton(StatementEditor)
        self.versionsButton.setObjectName(u"versionsButton")
        self.versionsButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.versionsButton)

        self.generateButton = QPushButton(StatementEditor)
        self.generateButton.setObjectName(u"generateButton")
        self.generateButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.generateButton)

        self.closeButton = QPushButton(StatementEditor)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.closeButton)

        self.bottomLayout.setStretch(0, 1)

        self.layout.addLayout(self.bottomLayout)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.matterLabel.setBuddy(self.matterCombo)
        self.numberLabel.setBuddy(self.numberSpin)
        self.occupationLabel.setBuddy(self.occupationEdit)
        self.readBackLabel.setBuddy(self.readBackCombo)
        self.languageLabel.setBuddy(self.languageEdit)
        self.interpreterLabel.setBuddy(self.interpreterEdit)
        self.readBackDateLabel.setBuddy(self.readBackDateEdit)
        self.paragraphsLabel.setBuddy(self.paragraphList)
        self.headingLabel.setBuddy(self.headingEdit)
        self.textLabel.setBuddy(self.paragraphEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.matterCombo)
        QWidget.setTabOrder(self.matterCombo, self.numberSpin)
        QWidget.setTabOrder(self.numberSpin, self.occupationEdit)
        QWidget.setTabOrder(self.occupationEdit, self.readBackCombo)
        QWidget.setTabOrder(self.readBackCombo, self.languageEdit)
        QWidget.setTabOrder(self.languageEdit, self.interpreterEdit)
        QWidget.setTabOrder(self.interpreterEdit, self.readBackDateEdit)
        QWidget.setTabOrder(self.readBackDateEdit, self.paragraphList)
        QWidget.setTabOrder(self.paragraphList, self.addButton)
        QWidget.setTabOrder(self.addButton, self.insertButton)
        QWidget.setTabOrder(self.insertButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.headingEdit)
        QWidget.setTabOrder(self.headingEdit, self.paragraphEdit)
        QWidget.setTabOrder(self.paragraphEdit, self.sideTabs)
        QWidget.setTabOrder(self.sideTabs, self.noteList)
        QWidget.setTabOrder(self.noteList, self.noteView)
        QWidget.setTabOrder(self.noteView, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.exhibitTable)
        QWidget.setTabOrder(self.exhibitTable, self.addExhibitButton)
        QWidget.setTabOrder(self.addExhibitButton, self.removeExhibitButton)
        QWidget.setTabOrder(self.removeExhibitButton, self.referButton)
        QWidget.setTabOrder(self.referButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.versionsButton)
        QWidget.setTabOrder(self.versionsButton, self.generateButton)
        QWidget.setTabOrder(self.generateButton, self.closeButton)

        self.retranslateUi(StatementEditor)

        QMetaObject.connectSlotsByName(StatementEditor)
    # setupUi

    def retranslateUi(self, StatementEditor):
        StatementEditor.setWindowTitle(QCoreApplication.translate("StatementEditor", u"Witness statement", None))
#if QT_CONFIG(accessibility)
        StatementEditor.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Witness statement editor", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("StatementEditor", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Title of the statement", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("StatementEditor", u"e.g. Statement for the asylum claim", None))
        self.matterLabel.setText(QCoreApplication.translate("StatementEditor", u"&Matter:", None))
#if QT_CONFIG(accessibility)
        self.matterCombo.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Matter the statement is for", None))
#endif // QT_CONFIG(accessibility)
        self.numberLabel.setText(QCoreApplication.translate("StatementEditor", u"Statement number:", None))
#if QT_CONFIG(accessibility)
        self.numberSpin.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Statement number (automatic counts her earlier statements in the matter)", None))
#endif // QT_CONFIG(accessibility)
        self.numberSpin.setSpecialValueText(QCoreApplication.translate("StatementEditor", u"Automatic", None))
        self.occupationLabel.setText(QCoreApplication.translate("StatementEditor", u"&Occupation:", None))
#if QT_CONFIG(accessibility)
        self.occupationEdit.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Her occupation or description, as the statement gives it", None))
#endif // QT_CONFIG(accessibility)
        self.occupationEdit.setPlaceholderText(QCoreApplication.translate("StatementEditor", u"Occupation or description of the witness (PD 32 para 18.1), e.g. student, unemployed", None))
        self.readBackLabel.setText(QCoreApplication.translate("StatementEditor", u"Read bac&k:", None))
#if QT_CONFIG(accessibility)
        self.readBackCombo.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Whether the statement has been read back to her", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("StatementEditor", u"in &language:", None))
#if QT_CONFIG(accessibility)
        self.languageEdit.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Language it was read back in", None))
#endif // QT_CONFIG(accessibility)
        self.interpreterLabel.setText(QCoreApplication.translate("StatementEditor", u"by &interpreter:", None))
#if QT_CONFIG(accessibility)
        self.interpreterEdit.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Interpreter's name (empty: read back without one)", None))
#endif // QT_CONFIG(accessibility)
        self.interpreterEdit.setPlaceholderText(QCoreApplication.translate("StatementEditor", u"none", None))
        self.readBackDateLabel.setText(QCoreApplication.translate("StatementEditor", u"on &date:", None))
#if QT_CONFIG(accessibility)
        self.readBackDateEdit.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Date it was read back", None))
#endif // QT_CONFIG(accessibility)
        self.paragraphsLabel.setText(QCoreApplication.translate("StatementEditor", u"&Paragraphs, numbered as they will print after the standard opening ones:", None))
#if QT_CONFIG(accessibility)
        self.paragraphList.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Paragraphs of the statement, in order", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("StatementEditor", u"&Add", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Add a paragraph after the chosen one", None))
#endif // QT_CONFIG(accessibility)
        self.insertButton.setText(QCoreApplication.translate("StatementEditor", u"Insert a&bove", None))
#if QT_CONFIG(accessibility)
        self.insertButton.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Insert a paragraph above the chosen one", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("StatementEditor", u"R&emove", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Remove the chosen paragraph", None))
#endif // QT_CONFIG(accessibility)
        self.upButton.setText(QCoreApplication.translate("StatementEditor", u"Move &up", None))
#if QT_CONFIG(accessibility)
        self.upButton.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Move the chosen paragraph up", None))
#endif // QT_CONFIG(accessibility)
        self.downButton.setText(QCoreApplication.translate("StatementEditor", u"Move dow&n", None))
#if QT_CONFIG(accessibility)
        self.downButton.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Move the chosen paragraph down", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("StatementEditor", u"&Heading above it:", None))
#if QT_CONFIG(accessibility)
        self.headingEdit.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Heading printed above the chosen paragraph (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.headingEdit.setPlaceholderText(QCoreApplication.translate("StatementEditor", u"optional", None))
        self.textLabel.setText(QCoreApplication.translate("StatementEditor", u"Paragraph te&xt, in her words (first person):", None))
#if QT_CONFIG(accessibility)
        self.paragraphEdit.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Text of the chosen paragraph", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sideTabs.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Her notes and the exhibit register", None))
#endif // QT_CONFIG(accessibility)
        self.notesHint.setText(QCoreApplication.translate("StatementEditor", u"Her file notes, to draw on. They are not pasted: copy only what you select.", None))
#if QT_CONFIG(accessibility)
        self.noteList.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Her notes, newest first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noteView.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Text of the chosen note (read only)", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("StatementEditor", u"Cop&y selection into the paragraph", None))
#if QT_CONFIG(accessibility)
        self.copyButton.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Copy the selected words of the note into the chosen paragraph", None))
#endif // QT_CONFIG(accessibility)
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.notesPage), QCoreApplication.translate("StatementEditor", u"Her notes (sour&ces)", None))
        self.exhibitsHint.setText(QCoreApplication.translate("StatementEditor", u"Each exhibit has a reference (her initials and a number) and what it is. Refer to it in a paragraph by its reference.", None))
        ___qtablewidgetitem = self.exhibitTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("StatementEditor", u"Reference", None))
        ___qtablewidgetitem1 = self.exhibitTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("StatementEditor", u"Description", None))
#if QT_CONFIG(accessibility)
        self.exhibitTable.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Exhibit register: reference and description", None))
#endif // QT_CONFIG(accessibility)
        self.addExhibitButton.setText(QCoreApplication.translate("StatementEditor", u"Ne&w exhibit", None))
#if QT_CONFIG(accessibility)
        self.addExhibitButton.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Add an exhibit to the register", None))
#endif // QT_CONFIG(accessibility)
        self.removeExhibitButton.setText(QCoreApplication.translate("StatementEditor", u"Remove exhibit", None))
#if QT_CONFIG(accessibility)
        self.removeExhibitButton.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Remove the chosen exhibit from the register", None))
#endif // QT_CONFIG(accessibility)
        self.referButton.setText(QCoreApplication.translate("StatementEditor", u"Insert &reference", None))
#if QT_CONFIG(accessibility)
        self.referButton.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Insert the chosen exhibit's reference into the paragraph text", None))
#endif // QT_CONFIG(accessibility)
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.exhibitsPage), QCoreApplication.translate("StatementEditor", u"Exhibit re&gister", None))
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("StatementEditor", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Save as a new version", None))
#endif // QT_CONFIG(accessibility)
        self.versionsButton.setText(QCoreApplication.translate("StatementEditor", u"&Versions\u2026", None))
#if QT_CONFIG(accessibility)
        self.versionsButton.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Earlier versions of the statement", None))
#endif // QT_CONFIG(accessibility)
        self.generateButton.setText(QCoreApplication.translate("StatementEditor", u"Generate PD&F", None))
#if QT_CONFIG(accessibility)
        self.generateButton.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Generate the statement as a draft PDF document", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("StatementEditor", u"Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("StatementEditor", u"Close the editor", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

