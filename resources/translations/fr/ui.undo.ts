<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>StoreUndoCommand</name>
    <message>
        <location filename="../../../ui/undo.py" line="76"/>
        <source>“%1” could not be redone.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être rétabli.</translation>
    </message>
    <message>
        <location filename="../../../ui/undo.py" line="82"/>
        <source>“%1” could not be undone.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être annulé.</translation>
    </message>
</context>
</TS>
