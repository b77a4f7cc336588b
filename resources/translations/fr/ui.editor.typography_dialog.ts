<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>TypographyChangeModel</name>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="148"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="148"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="149"/>
        <source>Change</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="149"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="164"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="165"/>
        <source>Standfirst</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="166"/>
        <source>Body</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="170"/>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
</context>
<context>
    <name>TypographyDialog</name>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="297"/>
        <location filename="../../../ui/editor/typography_dialog.py" line="421"/>
        <location filename="../../../ui/editor/typography_dialog.py" line="478"/>
        <source>Fix typography</source>
        <translation>Corriger la typographie</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="315"/>
        <source>In red the text now, in green the text after the change.   ° no-break space   ˚ narrow no-break space   · space</source>
        <translation>En rouge le texte actuel, en vert le texte corrigé.   ° espace insécable   ˚ espace fine insécable   · espace</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="325"/>
        <source>Apply all</source>
        <translation>Tout appliquer</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="328"/>
        <source>Apply selection</source>
        <translation>Appliquer la sélection</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="330"/>
        <source>Apply only the checked changes.</source>
        <translation>N’appliquer que les corrections cochées.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="331"/>
        <source>Check all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="332"/>
        <source>Uncheck all</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="338"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="343"/>
        <source>1 change proposed. Uncheck it to leave the text as it is.</source>
        <translation>1 correction proposée. Décochez-la pour laisser le texte tel quel.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="345"/>
        <source>%1 changes proposed. Uncheck the ones to leave as they are.</source>
        <translation>%1 corrections proposées. Décochez celles à laisser telles quelles.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="352"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="353"/>
        <location filename="../../../ui/editor/typography_dialog.py" line="422"/>
        <location filename="../../../ui/editor/typography_dialog.py" line="479"/>
        <source>Typography is already correct.</source>
        <translation>La typographie est déjà correcte.</translation>
    </message>
</context>
</TS>
