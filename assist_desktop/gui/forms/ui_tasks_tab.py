# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tasks_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_TasksTab(object):
    def setupUi(self, TasksTab):
        if not TasksTab.objectName():
            TasksTab.setObjectName(u"TasksTab")
        TasksTab.resize(1000, 560)
        self.layout = QVBoxLayout(TasksTab)
        self.layout.setObjectName(u"layout")
        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.newButton = QPushButton(TasksTab)
        self.newButton.setObjectName(u"newButton")

        self.buttonLayout.addWidget(self.newButton)

        self.editButton = QPushButton(TasksTab)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.doneButton = QPushButton(TasksTab)
        self.doneButton.setObjectName(u"doneButton")

        self.buttonLayout.addWidget(self.doneButton)

        self.showDoneCheck = QCheckBox(TasksTab)
        self.showDoneCheck.setObjectName(u"showDoneCheck")

        self.buttonLayout.addWidget(self.showDoneCheck)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.layout.addLayout(self.buttonLayout)

        self.tasksView = QTableView(TasksTab)
        self.tasksView.setObjectName(u"tasksView")
        self.tasksView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tasksView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tasksView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tasksView.setAlternatingRowColors(True)
        self.tasksView.setTabKeyNavigation(False)
        self.tasksView.horizontalHeader().setStretchLastSection(True)
        self.tasksView.verticalHeader().setVisible(False)

        self.layout.addWidget(self.tasksView)


        self.retranslateUi(TasksTab)

        QMetaObject.connectSlotsByName(TasksTab)
    # setupUi

    def retranslateUi(self, TasksTab):
#if QT_CONFIG(accessibility)
        TasksTab.setAccessibleName(QCoreApplication.translate("TasksTab", u"Tasks and deadlines", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("TasksTab", u"&New task\u2026", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("TasksTab", u"New task", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("TasksTab", u"&Change\u2026", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("TasksTab", u"Change the task: who does it, the date, the reminder", None))
#endif // QT_CONFIG(accessibility)
        self.doneButton.setText(QCoreApplication.translate("TasksTab", u"Mark &done", None))
#if QT_CONFIG(accessibility)
        self.doneButton.setAccessibleName(QCoreApplication.translate("TasksTab", u"Mark the task done", None))
#endif // QT_CONFIG(accessibility)
        self.showDoneCheck.setText(QCoreApplication.translate("TasksTab", u"&Show finished", None))
#if QT_CONFIG(accessibility)
        self.showDoneCheck.setAccessibleName(QCoreApplication.translate("TasksTab", u"Show finished tasks", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tasksView.setAccessibleName(QCoreApplication.translate("TasksTab", u"Tasks and deadlines", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

