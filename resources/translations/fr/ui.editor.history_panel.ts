<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../../ui/editor/history_panel.py" line="221"/>
        <source>Show the whole text</source>
        <translation>Afficher tout le texte</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/history_panel.py" line="224"/>
        <location filename="../../../ui/editor/history_panel.py" line="427"/>
        <source>Restore this version</source>
        <translation>Restaurer cette version</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/history_panel.py" line="231"/>
        <source>Bring this text back. The current text stays in the history.</source>
        <translation>Reprendre ce texte. Le texte actuel reste dans l’historique.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/history_panel.py" line="315"/>
        <source>No piece open.</source>
        <translation>Aucun papier ouvert.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/history_panel.py" line="317"/>
        <source>No revision yet: one is kept each time the text changes.</source>
        <translation>Pas encore de version&#xa0;: une version est gardée chaque fois que le texte change.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/history_panel.py" line="320"/>
        <source>1 revision</source>
        <translation>1 version</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/history_panel.py" line="322"/>
        <source>%1 revisions</source>
        <translation>%1 versions</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/history_panel.py" line="351"/>
        <source>Nothing to compare yet.</source>
        <translation>Rien à comparer pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/history_panel.py" line="355"/>
        <source>Select one version to compare it with the saved text, or two (Ctrl+click).</source>
        <translation>Sélectionnez une version pour la comparer au texte enregistré, ou deux (Ctrl+clic).</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/history_panel.py" line="359"/>
        <source>Select one or two versions to compare.</source>
        <translation>Sélectionnez une ou deux versions à comparer.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/history_panel.py" line="361"/>
        <source>Select at most two versions.</source>
        <translation>Sélectionnez deux versions au plus.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/history_panel.py" line="369"/>
        <source>Changes from the version of %1 to the saved text</source>
        <translation>Modifications de la version du %1 au texte enregistré</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/history_panel.py" line="378"/>
        <source>Changes from the version of %1 to the version of %2</source>
        <translation>Modifications de la version du %1 à la version du %2</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/history_panel.py" line="433"/>
        <source>Version restored. The previous text stays in the history.</source>
        <translation>Version restaurée. Le texte précédent reste dans l’historique.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/history_panel.py" line="436"/>
        <source>This version is already the saved text.</source>
        <translation>Cette version est déjà le texte enregistré.</translation>
    </message>
</context>
<context>
    <name>RevisionListModel</name>
    <message>
        <location filename="../../../ui/editor/history_panel.py" line="148"/>
        <source>Autosave</source>
        <translation>Enregistrement auto</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/history_panel.py" line="149"/>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/history_panel.py" line="150"/>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/history_panel.py" line="151"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/history_panel.py" line="152"/>
        <source>Initial version</source>
        <translation>Version initiale</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/history_panel.py" line="169"/>
        <source>%1 signs</source>
        <translation>%1 signes</translation>
    </message>
</context>
</TS>
