# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'statistics.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QTableView, QVBoxLayout,
    QWidget)

from assist_desktop.gui.widgets import DateEdit

class Ui_StatisticsPage(object):
    def setupUi(self, StatisticsPage):
        if not StatisticsPage.objectName():
            StatisticsPage.setObjectName(u"StatisticsPage")
        StatisticsPage.resize(1200, 700)
        self.layout = QVBoxLayout(StatisticsPage)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(12, 12, 12, 8)
        self.pickLayout = QHBoxLayout()
        self.pickLayout.setObjectName(u"pickLayout")
        self.reportComboLabel = QLabel(StatisticsPage)
        self.reportComboLabel.setObjectName(u"reportComboLabel")

        self.pickLayout.addWidget(self.reportComboLabel)

        self.reportCombo = QComboBox(StatisticsPage)
        self.reportCombo.setObjectName(u"reportCombo")
        self.reportCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.pickLayout.addWidget(self.reportCombo)

        self.presetComboLabel = QLabel(StatisticsPage)
        self.presetComboLabel.setObjectName(u"presetComboLabel")

        self.pickLayout.addWidget(self.presetComboLabel)

        self.presetCombo = QComboBox(StatisticsPage)
        self.presetCombo.setObjectName(u"presetCombo")

        self.pickLayout.addWidget(self.presetCombo)

        self.fromEditLabel = QLabel(StatisticsPage)
        self.fromEditLabel.setObjectName(u"fromEditLabel")

        self.pickLayout.addWidget(self.fromEditLabel)

        self.fromEdit = DateEdit(StatisticsPage)
        self.fromEdit.setObjectName(u"fromEdit")

        self.pickLayout.addWidget(self.fromEdit)

        self.toEditLabel = QLabel(StatisticsPage)
        self.toEditLabel.setObjectName(u"toEditLabel")

        self.pickLayout.addWidget(self.toEditLabel)

        self.toEdit = DateEdit(StatisticsPage)
        self.toEdit.setObjectName(u"toEdit")

        self.pickLayout.addWidget(self.toEdit)

        self.breakdownComboLabel = QLabel(StatisticsPage)
        self.breakdownComboLabel.setObjectName(u"breakdownComboLabel")

        self.pickLayout.addWidget(self.breakdownComboLabel)

        self.breakdownCombo = QComboBox(StatisticsPage)
        self.breakdownCombo.setObjectName(u"breakdownCombo")

        self.pickLayout.addWidget(self.breakdownCombo)

        self.runButton = QPushButton(StatisticsPage)
        self.runButton.setObjectName(u"runButton")

        self.pickLayout.addWidget(self.runButton)

        self.pickSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pickLayout.addItem(self.pickSpacer)

        self.exportButton = QPushButton(StatisticsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.pickLayout.addWidget(self.exportButton)


        self.layout.addLayout(self.pickLayout)

        self.aboutLayout = QHBoxLayout()
        self.aboutLayout.setObjectName(u"aboutLayout")
        self.aboutLabel = QLabel(StatisticsPage)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setWordWrap(True)

        self.aboutLayout.addWidget(self.aboutLabel)

        self.thresholdSpinLabel = QLabel(StatisticsPage)
        self.thresholdSpinLabel.setObjectName(u"thresholdSpinLabel")

        self.aboutLayout.addWidget(self.thresholdSpinLabel)

        self.thresholdSpin = QSpinBox(StatisticsPage)
        self.thresholdSpin.setObjectName(u"thresholdSpin")
        self.thresholdSpin.setMinimum(2)
        self.thresholdSpin.setMaximum(50)

        self.aboutLayout.addWidget(self.thresholdSpin)

        self.thresholdButton = QPushButton(StatisticsPage)
        self.thresholdButton.setObjectName(u"thresholdButton")

        self.aboutLayout.addWidget(self.thresholdButton)


        self.layout.addLayout(self.aboutLayout)

        self.resultFrame = QFrame(StatisticsPage)
        self.resultFrame.setObjectName(u"resultFrame")
        self.resultLayout = QHBoxLayout(self.resultFrame)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLabel = QLabel(self.resultFrame)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.resultLayout.addWidget(self.resultLabel)


        self.layout.addWidget(self.resultFrame)

        self.splitter = QSplitter(StatisticsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.tableList = QListWidget(self.splitter)
        self.tableList.setObjectName(u"tableList")
        self.splitter.addWidget(self.tableList)
        self.rightSplitter = QSplitter(self.splitter)
        self.rightSplitter.setObjectName(u"rightSplitter")
        self.rightSplitter.setOrientation(Qt.Orientation.Vertical)
        self.chartFrame = QFrame(self.rightSplitter)
        self.chartFrame.setObjectName(u"chartFrame")
        self.chartLayout = QVBoxLayout(self.chartFrame)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)
        self.rightSplitter.addWidget(self.chartFrame)
        self.tableBox = QWidget(self.rightSplitter)
        self.tableBox.setObjectName(u"tableBox")
        self.tableBoxLayout = QVBoxLayout(self.tableBox)
        self.tableBoxLayout.setObjectName(u"tableBoxLayout")
        self.tableBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.tableView = QTableView(self.tableBox)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)

        self.tableBoxLayout.addWidget(self.tableView)

        self.noteLabel = QLabel(self.tableBox)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.tableBoxLayout.addWidget(self.noteLabel)

        self.rightSplitter.addWidget(self.tableBox)
        self.splitter.addWidget(self.rightSplitter)

        self.layout.addWidget(self.splitter)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.reportComboLabel.setBuddy(self.reportCombo)
        self.presetComboLabel.setBuddy(self.presetCombo)
        self.fromEditLabel.setBuddy(self.fromEdit)
        self.toEditLabel.setBuddy(self.toEdit)
        self.breakdownComboLabel.setBuddy(self.breakdownCombo)
        self.thresholdSpinLabel.setBuddy(self.thresholdSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reportCombo, self.presetCombo)
        QWidget.setTabOrder(self.presetCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.breakdownCombo)
        QWidget.setTabOrder(self.breakdownCombo, self.runButton)
        QWidget.setTabOrder(self.runButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.thresholdSpin)
        QWidget.setTabOrder(self.thresholdSpin, self.thresholdButton)
        QWidget.setTabOrder(self.thresholdButton, self.tableList)
        QWidget.setTabOrder(self.tableList, self.tableView)

        self.retranslateUi(StatisticsPage)

        QMetaObject.connectSlotsByName(StatisticsPage)
    # setupUi

    def retranslateUi(self, StatisticsPage):
#if QT_CONFIG(accessibility)
        StatisticsPage.setAccessibleName(QCoreApplication.translate("StatisticsPage", u"Statistics", None))
#endif // QT_CONFIG(accessibility)
        self.reportComboLabel.setText(QCoreApplication.translate("StatisticsPage", u"&Report:", None))
#if QT_CONFIG(accessibility)
        self.reportCombo.setAccessibleName(QCoreApplication.translate("StatisticsPage", u"Report", None))
#endif // QT_CONFIG(accessibility)
        self.presetComboLabel.setText(QCoreApplication.translate("StatisticsPage", u"&Period:", None))
#if QT_CONFIG(accessibility)
        self.presetCombo.setAccessibleName(QCoreApplication.translate("StatisticsPage", u"Period", None))
#endif // QT_CONFIG(accessibility)
        self.fromEditLabel.setText(QCoreApplication.translate("StatisticsPage", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("StatisticsPage", u"Period from", None))
#endif // QT_CONFIG(accessibility)
        self.toEditLabel.setText(QCoreApplication.translate("StatisticsPage", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("StatisticsPage", u"Period to", None))
#endif // QT_CONFIG(accessibility)
        self.breakdownComboLabel.setText(QCoreApplication.translate("StatisticsPage", u"&Columns:", None))
#if QT_CONFIG(accessibility)
        self.breakdownCombo.setAccessibleName(QCoreApplication.translate("StatisticsPage", u"One column per", None))
#endif // QT_CONFIG(accessibility)
        self.runButton.setText(QCoreApplication.translate("StatisticsPage", u"&Show figures", None))
#if QT_CONFIG(accessibility)
        self.runButton.setAccessibleName(QCoreApplication.translate("StatisticsPage", u"Show the report's figures", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("StatisticsPage", u"&Export\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("StatisticsPage", u"Export the figures as CSV, Excel or PDF", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.aboutLabel.setAccessibleName(QCoreApplication.translate("StatisticsPage", u"About the report", None))
#endif // QT_CONFIG(accessibility)
        self.thresholdSpinLabel.setText(QCoreApplication.translate("StatisticsPage", u"&Hide figures under:", None))
#if QT_CONFIG(accessibility)
        self.thresholdSpin.setAccessibleName(QCoreApplication.translate("StatisticsPage", u"Smallest number of women a figure may show", None))
#endif // QT_CONFIG(accessibility)
        self.thresholdButton.setText(QCoreApplication.translate("StatisticsPage", u"Sa&ve", None))
#if QT_CONFIG(accessibility)
        self.thresholdButton.setAccessibleName(QCoreApplication.translate("StatisticsPage", u"Save the smallest number shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tableList.setAccessibleName(QCoreApplication.translate("StatisticsPage", u"Tables of the report", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chartFrame.setAccessibleName(QCoreApplication.translate("StatisticsPage", u"Chart of the table", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(QCoreApplication.translate("StatisticsPage", u"Figures", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

