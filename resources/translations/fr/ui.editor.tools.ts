<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>EditorTools</name>
    <message>
        <location filename="../../../ui/editor/tools.py" line="69"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/tools.py" line="72"/>
        <source>&amp;Replace…</source>
        <translation>Re&amp;mplacer…</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/tools.py" line="75"/>
        <source>Find &amp;next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/tools.py" line="78"/>
        <source>Find pre&amp;vious</source>
        <translation>Occurrence pré&amp;cédente</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/tools.py" line="84"/>
        <source>Fix &amp;typography…</source>
        <translation>Corriger la &amp;typographie…</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/tools.py" line="87"/>
        <source>Show every typographic fix the piece needs, then apply the ones you keep</source>
        <translation>Montrer toutes les corrections typographiques du papier, puis appliquer celles que vous gardez</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/tools.py" line="91"/>
        <source>Version &amp;history</source>
        <translation>&amp;Historique des versions</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/tools.py" line="135"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/tools.py" line="211"/>
        <source>1 typographic fix applied (Ctrl+Z to undo it in the text).</source>
        <translation>1 correction typographique appliquée (Ctrl+Z pour l’annuler dans le texte).</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/tools.py" line="214"/>
        <source>%1 typographic fixes applied (Ctrl+Z to undo them in the text).</source>
        <translation>%1 corrections typographiques appliquées (Ctrl+Z pour les annuler dans le texte).</translation>
    </message>
</context>
</TS>
