# core/ never includes a QtWidgets header (GUIDE §2): the store, sync and rules must run
# in sitrepctl, in the server and in tests without a GUI.
#   cmake -DSOURCE_DIR=<repo> -P tests/CheckLayering.cmake
if(NOT SOURCE_DIR)
    get_filename_component(SOURCE_DIR "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
endif()

set(widget_classes
    "Widget[A-Za-z]*|Application|MainWindow|Dialog|MessageBox|FileDialog|InputDialog|ProgressDialog"
    "|Abstract(Button|ScrollArea|ItemView|ItemDelegate|Slider|SpinBox)|StyledItemDelegate"
    "|TableView|TableWidget|ListView|ListWidget|TreeView|TreeWidget|HeaderView"
    "|LineEdit|TextEdit|PlainTextEdit|Label|PushButton|ToolButton|CheckBox|RadioButton|ComboBox|SpinBox"
    "|Menu|MenuBar|ToolBar|StatusBar|DockWidget|Splitter|TabWidget|StackedWidget|GroupBox|Frame"
    "|Layout|BoxLayout|HBoxLayout|VBoxLayout|GridLayout|FormLayout|Action|SystemTrayIcon|Style|StyleFactory|Completer")
string(JOIN "" widget_classes ${widget_classes})
# <QtWidgets>, <QtWidgets/...>, <QWidget>, <QtCharts...>, and the usual widget classes.
# QAction lives in QtGui since Qt 6 but belongs to the UI as well.
set(pattern "#[ \t]*include[ \t]*[<\"](QtWidgets|QtCharts|Q(${widget_classes})[>\"])")

file(GLOB_RECURSE sources LIST_DIRECTORIES false
    "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.hpp" "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.cc")
if(NOT sources)
    message(FATAL_ERROR "CheckLayering: no sources found under ${SOURCE_DIR}/core")
endif()

set(violations "")
foreach(file IN LISTS sources)
    file(STRINGS "${file}" lines REGEX "${pattern}")
    foreach(line IN LISTS lines)
        file(RELATIVE_PATH rel "${SOURCE_DIR}" "${file}")
        string(APPEND violations "  ${rel}: ${line}\n")
    endforeach()
endforeach()

list(LENGTH sources count)
if(violations)
    message(FATAL_ERROR "core/ must not include QtWidgets headers:\n${violations}")
endif()
message(STATUS "CheckLayering: ${count} files under core/, no QtWidgets includes")
