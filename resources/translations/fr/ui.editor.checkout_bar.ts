<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CheckoutBar</name>
    <message>
        <location filename="../../../ui/editor/checkout_bar.py" line="39"/>
        <source>Take it back</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/checkout_bar.py" line="40"/>
        <source>Break the lock…</source>
        <translation>Forcer la reprise…</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/checkout_bar.py" line="57"/>
        <source>Taken by %1 since %2</source>
        <translation>Pris par %1 depuis %2</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/checkout_bar.py" line="62"/>
        <source>you can read this piece, not change it.</source>
        <translation>vous pouvez lire ce papier, pas le modifier.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/checkout_bar.py" line="71"/>
        <source>Their window has given no sign of life since %1.</source>
        <translation>Sa fenêtre ne donne plus signe de vie depuis %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/checkout_bar.py" line="76"/>
        <source>Their window is still open (last sign of life at %1): ask them to close the piece.</source>
        <translation>Sa fenêtre est encore ouverte (dernier signe de vie à %1) : demandez-lui de fermer le papier.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/checkout_bar.py" line="85"/>
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/checkout_bar.py" line="95"/>
        <source>Given back after %1 minutes without typing, so that others can write it.</source>
        <translation>Rendu après %1 minutes sans frappe, pour que d&apos;autres puissent l&apos;écrire.</translation>
    </message>
</context>
</TS>
