# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sections_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QSplitter,
    QVBoxLayout, QWidget)

class Ui_SectionsTab(object):
    def setupUi(self, SectionsTab):
        if not SectionsTab.objectName():
            SectionsTab.setObjectName(u"SectionsTab")
        SectionsTab.resize(900, 520)
        self.layout = QVBoxLayout(SectionsTab)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(4, 4, 4, 4)
        self.introLabel = QLabel(SectionsTab)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.splitter = QSplitter(SectionsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)

        self.layout.addWidget(self.splitter)


        self.retranslateUi(SectionsTab)

        QMetaObject.connectSlotsByName(SectionsTab)
    # setupUi

    def retranslateUi(self, SectionsTab):
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("SectionsTab", u"About this part of her file", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

