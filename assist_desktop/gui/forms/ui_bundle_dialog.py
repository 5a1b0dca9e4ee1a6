# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bundle_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

from assist_desktop.gui.widgets import DateEdit

class Ui_BundleDialog(object):
    def setupUi(self, BundleDialog):
        if not BundleDialog.objectName():
            BundleDialog.setObjectName(u"BundleDialog")
        BundleDialog.resize(900, 600)
        self.layout = QVBoxLayout(BundleDialog)
        self.layout.setObjectName(u"layout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.titleEditLabel = QLabel(BundleDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(BundleDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(500)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.tribunalEditLabel = QLabel(BundleDialog)
        self.tribunalEditLabel.setObjectName(u"tribunalEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tribunalEditLabel)

        self.tribunalEdit = QLineEdit(BundleDialog)
        self.tribunalEdit.setObjectName(u"tribunalEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tribunalEdit)


        self.layout.addLayout(self.formLayout)

        self.partsLayout = QHBoxLayout()
        self.partsLayout.setObjectName(u"partsLayout")
        self.availableLayout = QVBoxLayout()
        self.availableLayout.setObjectName(u"availableLayout")
        self.availableListLabel = QLabel(BundleDialog)
        self.availableListLabel.setObjectName(u"availableListLabel")

        self.availableLayout.addWidget(self.availableListLabel)

        self.availableList = QListWidget(BundleDialog)
        self.availableList.setObjectName(u"availableList")
        self.availableList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.availableLayout.addWidget(self.availableList)


        self.partsLayout.addLayout(self.availableLayout)

        self.moveLayout = QVBoxLayout()
        self.moveLayout.setObjectName(u"moveLayout")
        self.moveTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moveLayout.addItem(self.moveTopSpacer)

        self.addButton = QPushButton(BundleDialog)
        self.addButton.setObjectName(u"addButton")

        self.moveLayout.addWidget(self.addButton)

        self.removeButton = QPushButton(BundleDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.moveLayout.addWidget(self.removeButton)

        self.upButton = QPushButton(BundleDialog)
        self.upButton.setObjectName(u"upButton")

        self.moveLayout.addWidget(self.upButton)

        self.downButton = QPushButton(BundleDialog)
        self.downButton.setObjectName(u"downButton")

        self.moveLayout.addWidget(self.downButton)

        self.sectionButton = QPushButton(BundleDialog)
        self.sectionButton.setObjectName(u"sectionButton")

        self.moveLayout.addWidget(self.sectionButton)

        self.moveBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moveLayout.addItem(self.moveBottomSpacer)


        self.partsLayout.addLayout(self.moveLayout)

        self.bundleLayout = QVBoxLayout()
        self.bundleLayout.setObjectName(u"bundleLayout")
        self.bundleTreeLabel = QLabel(BundleDialog)
        self.bundleTreeLabel.setObjectName(u"bundleTreeLabel")

        self.bundleLayout.addWidget(self.bundleTreeLabel)

        self.bundleTree = QTreeWidget(BundleDialog)
        self.bundleTree.setObjectName(u"bundleTree")
        self.bundleTree.setHeaderHidden(False)

        self.bundleLayout.addWidget(self.bundleTree)

        self.partBox = QGroupBox(BundleDialog)
        self.partBox.setObjectName(u"partBox")
        self.partLayout = QFormLayout(self.partBox)
        self.partLayout.setObjectName(u"partLayout")
        self.partTitleEditLabel = QLabel(self.partBox)
        self.partTitleEditLabel.setObjectName(u"partTitleEditLabel")

        self.partLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partTitleEditLabel)

        self.partTitleEdit = QLineEdit(self.partBox)
        self.partTitleEdit.setObjectName(u"partTitleEdit")
        self.partTitleEdit.setMaxLength(500)

        self.partLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partTitleEdit)

        self.partDateEditLabel = QLabel(self.partBox)
        self.partDateEditLabel.setObjectName(u"partDateEditLabel")

        self.partLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.partDateEditLabel)

        self.partDateLayout = QHBoxLayout()
        self.partDateLayout.setObjectName(u"partDateLayout")
        self.partDateEdit = DateEdit(self.partBox)
        self.partDateEdit.setObjectName(u"partDateEdit")

        self.partDateLayout.addWidget(self.partDateEdit)

        self.partUndatedCheck = QCheckBox(self.partBox)
        self.partUndatedCheck.setObjectName(u"partUndatedCheck")

        self.partDateLayout.addWidget(self.partUndatedCheck)

        self.partDateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.partDateLayout.addItem(self.partDateSpacer)


        self.partLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.partDateLayout)

        self.partSectionComboLabel = QLabel(self.partBox)
        self.partSectionComboLabel.setObjectName(u"partSectionComboLabel")

        self.partLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.partSectionComboLabel)

        self.partSectionCombo = QComboBox(self.partBox)
        self.partSectionCombo.setObjectName(u"partSectionCombo")

        self.partLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.partSectionCombo)


        self.bundleLayout.addWidget(self.partBox)


        self.partsLayout.addLayout(self.bundleLayout)

        self.partsLayout.setStretch(0, 1)
        self.partsLayout.setStretch(2, 1)

        self.layout.addLayout(self.partsLayout)

        self.messageLabel = QLabel(BundleDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(BundleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.tribunalEditLabel.setBuddy(self.tribunalEdit)
        self.availableListLabel.setBuddy(self.availableList)
        self.bundleTreeLabel.setBuddy(self.bundleTree)
        self.partTitleEditLabel.setBuddy(self.partTitleEdit)
        self.partDateEditLabel.setBuddy(self.partDateEdit)
        self.partSectionComboLabel.setBuddy(self.partSectionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.tribunalEdit)
        QWidget.setTabOrder(self.tribunalEdit, self.availableList)
        QWidget.setTabOrder(self.availableList, self.addButton)
        QWidget.setTabOrder(self.addButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.sectionButton)
        QWidget.setTabOrder(self.sectionButton, self.bundleTree)
        QWidget.setTabOrder(self.bundleTree, self.partTitleEdit)
        QWidget.setTabOrder(self.partTitleEdit, self.partDateEdit)
        QWidget.setTabOrder(self.partDateEdit, self.partUndatedCheck)
        QWidget.setTabOrder(self.partUndatedCheck, self.partSectionCombo)

        self.retranslateUi(BundleDialog)

        QMetaObject.connectSlotsByName(BundleDialog)
    # setupUi

    def retranslateUi(self, BundleDialog):
        BundleDialog.setWindowTitle(QCoreApplication.translate("BundleDialog", u"Make a bundle", None))
#if QT_CONFIG(accessibility)
        BundleDialog.setAccessibleName(QCoreApplication.translate("BundleDialog", u"Make a bundle", None))
#endif // QT_CONFIG(accessibility)
        self.titleEditLabel.setText(QCoreApplication.translate("BundleDialog", u"Bundle &title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("BundleDialog", u"Title of the bundle", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("BundleDialog", u"Empty: APPELLANT'S BUNDLE for an appeal, else BUNDLE", None))
        self.tribunalEditLabel.setText(QCoreApplication.translate("BundleDialog", u"Tri&bunal or court:", None))
#if QT_CONFIG(accessibility)
        self.tribunalEdit.setAccessibleName(QCoreApplication.translate("BundleDialog", u"Tribunal or court", None))
#endif // QT_CONFIG(accessibility)
        self.availableListLabel.setText(QCoreApplication.translate("BundleDialog", u"&Documents and PDF attachments on her file:", None))
#if QT_CONFIG(accessibility)
        self.availableList.setAccessibleName(QCoreApplication.translate("BundleDialog", u"Documents and PDF attachments to choose from", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("BundleDialog", u"&Add to section \u2192", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("BundleDialog", u"Add the chosen documents to the current section", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("BundleDialog", u"&Remove", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("BundleDialog", u"Remove the chosen entry from the bundle", None))
#endif // QT_CONFIG(accessibility)
        self.upButton.setText(QCoreApplication.translate("BundleDialog", u"Move &up", None))
#if QT_CONFIG(accessibility)
        self.upButton.setAccessibleName(QCoreApplication.translate("BundleDialog", u"Move the chosen entry up", None))
#endif // QT_CONFIG(accessibility)
        self.downButton.setText(QCoreApplication.translate("BundleDialog", u"Move do&wn", None))
#if QT_CONFIG(accessibility)
        self.downButton.setAccessibleName(QCoreApplication.translate("BundleDialog", u"Move the chosen entry down", None))
#endif // QT_CONFIG(accessibility)
        self.sectionButton.setText(QCoreApplication.translate("BundleDialog", u"New &section", None))
#if QT_CONFIG(accessibility)
        self.sectionButton.setAccessibleName(QCoreApplication.translate("BundleDialog", u"Add a new section to the bundle", None))
#endif // QT_CONFIG(accessibility)
        self.bundleTreeLabel.setText(QCoreApplication.translate("BundleDialog", u"Se&ctions of the bundle (double-click a section to rename it):", None))
        ___qtreewidgetitem = self.bundleTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("BundleDialog", u"Date", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("BundleDialog", u"Section / title in the index", None))
#if QT_CONFIG(accessibility)
        self.bundleTree.setAccessibleName(QCoreApplication.translate("BundleDialog", u"Sections of the bundle and their documents, in order", None))
#endif // QT_CONFIG(accessibility)
        self.partBox.setTitle(QCoreApplication.translate("BundleDialog", u"The chosen document, as the index shows it", None))
#if QT_CONFIG(accessibility)
        self.partBox.setAccessibleName(QCoreApplication.translate("BundleDialog", u"Title, date and section of the chosen document", None))
#endif // QT_CONFIG(accessibility)
        self.partTitleEditLabel.setText(QCoreApplication.translate("BundleDialog", u"T&itle:", None))
#if QT_CONFIG(accessibility)
        self.partTitleEdit.setAccessibleName(QCoreApplication.translate("BundleDialog", u"Title of the document in the index", None))
#endif // QT_CONFIG(accessibility)
        self.partTitleEdit.setPlaceholderText(QCoreApplication.translate("BundleDialog", u"e.g. Refusal of protection claim", None))
        self.partDateEditLabel.setText(QCoreApplication.translate("BundleDialog", u"Its own &date:", None))
#if QT_CONFIG(accessibility)
        self.partDateEdit.setAccessibleName(QCoreApplication.translate("BundleDialog", u"Date of the document (as written on it)", None))
#endif // QT_CONFIG(accessibility)
        self.partUndatedCheck.setText(QCoreApplication.translate("BundleDialog", u"&Undated", None))
#if QT_CONFIG(accessibility)
        self.partUndatedCheck.setAccessibleName(QCoreApplication.translate("BundleDialog", u"The document has no date", None))
#endif // QT_CONFIG(accessibility)
        self.partSectionComboLabel.setText(QCoreApplication.translate("BundleDialog", u"Secti&on:", None))
#if QT_CONFIG(accessibility)
        self.partSectionCombo.setAccessibleName(QCoreApplication.translate("BundleDialog", u"Section the document is in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("BundleDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

