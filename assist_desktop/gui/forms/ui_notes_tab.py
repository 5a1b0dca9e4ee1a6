# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notes_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_NotesTab(object):
    def setupUi(self, NotesTab):
        if not NotesTab.objectName():
            NotesTab.setObjectName(u"NotesTab")
        NotesTab.resize(1100, 620)
        self.layout = QVBoxLayout(NotesTab)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(6, 6, 6, 6)
        self.keyNoticeFrame = QFrame(NotesTab)
        self.keyNoticeFrame.setObjectName(u"keyNoticeFrame")
        self.keyNoticeFrame.setVisible(False)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.keyNoticeFrame.sizePolicy().hasHeightForWidth())
        self.keyNoticeFrame.setSizePolicy(sizePolicy)
        self.keyNoticeLayout = QHBoxLayout(self.keyNoticeFrame)
        self.keyNoticeLayout.setObjectName(u"keyNoticeLayout")
        self.keyNoticeLayout.setContentsMargins(10, 6, 10, 6)
        self.keyNoticeLabel = QLabel(self.keyNoticeFrame)
        self.keyNoticeLabel.setObjectName(u"keyNoticeLabel")
        self.keyNoticeLabel.setWordWrap(True)
        self.keyNoticeLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.keyNoticeLayout.addWidget(self.keyNoticeLabel)


        self.layout.addWidget(self.keyNoticeFrame)

        self.splitter = QSplitter(NotesTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.timelinePane = QWidget(self.splitter)
        self.timelinePane.setObjectName(u"timelinePane")
        self.timelineLayout = QVBoxLayout(self.timelinePane)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineLayout.setContentsMargins(0, 0, 0, 0)
        self.timelineTop = QHBoxLayout()
        self.timelineTop.setObjectName(u"timelineTop")
        self.newButton = QPushButton(self.timelinePane)
        self.newButton.setObjectName(u"newButton")

        self.timelineTop.addWidget(self.newButton)

        self.timelineSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timelineTop.addItem(self.timelineSpacer)

        self.countLabel = QLabel(self.timelinePane)
        self.countLabel.setObjectName(u"countLabel")

        self.timelineTop.addWidget(self.countLabel)


        self.timelineLayout.addLayout(self.timelineTop)

        self.timelineView = QTableView(self.timelinePane)
        self.timelineView.setObjectName(u"timelineView")
        self.timelineView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timelineView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timelineView.setAlternatingRowColors(True)
        self.timelineView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timelineView.setTabKeyNavigation(False)
        self.timelineView.setWordWrap(False)
        self.timelineView.horizontalHeader().setStretchLastSection(True)
        self.timelineView.verticalHeader().setVisible(False)

        self.timelineLayout.addWidget(self.timelineView)

        self.splitter.addWidget(self.timelinePane)
        self.editorHost = QWidget(self.splitter)
        self.editorHost.setObjectName(u"editorHost")
        self.editorLayout = QVBoxLayout(self.editorHost)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.editorHost)

        self.layout.addWidget(self.splitter)


        self.retranslateUi(NotesTab)

        QMetaObject.connectSlotsByName(NotesTab)
    # setupUi

    def retranslateUi(self, NotesTab):
#if QT_CONFIG(accessibility)
        NotesTab.setAccessibleName(QCoreApplication.translate("NotesTab", u"Case notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.keyNoticeFrame.setAccessibleName(QCoreApplication.translate("NotesTab", u"Sealed notes notice", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.keyNoticeLabel.setAccessibleName(QCoreApplication.translate("NotesTab", u"Why some notes do not open yet", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("NotesTab", u"&New note", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("NotesTab", u"New note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("NotesTab", u"Write a new note (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("NotesTab", u"Number of notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.timelineView.setAccessibleName(QCoreApplication.translate("NotesTab", u"Notes, newest first", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

