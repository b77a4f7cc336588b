<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>TypographyChangeModel</name>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="142"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="142"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="143"/>
        <source>Change</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="143"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="158"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="159"/>
        <source>Standfirst</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="160"/>
        <source>Body</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="164"/>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
</context>
<context>
    <name>TypographyDialog</name>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="292"/>
        <location filename="../../../ui/editor/typography_dialog.py" line="416"/>
        <location filename="../../../ui/editor/typography_dialog.py" line="473"/>
        <source>Fix typography</source>
        <translation>Corriger la typographie</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="310"/>
        <source>In red the text now, in green the text after the change.   ° no-break space   ˚ narrow no-break space   · space</source>
        <translation>En rouge le texte actuel, en vert le texte corrigé.   ° espace insécable   ˚ espace fine insécable   · espace</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="320"/>
        <source>Apply all</source>
        <translation>Tout appliquer</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="323"/>
        <source>Apply selection</source>
        <translation>Appliquer la sélection</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="325"/>
        <source>Apply only the checked changes.</source>
        <translation>N’appliquer que les corrections cochées.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="326"/>
        <source>Check all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="327"/>
        <source>Uncheck all</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="333"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="338"/>
        <source>1 change proposed. Uncheck it to leave the text as it is.</source>
        <translation>1 correction proposée. Décochez-la pour laisser le texte tel quel.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="340"/>
        <source>%1 changes proposed. Uncheck the ones to leave as they are.</source>
        <translation>%1 corrections proposées. Décochez celles à laisser telles quelles.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="347"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/typography_dialog.py" line="348"/>
        <location filename="../../../ui/editor/typography_dialog.py" line="417"/>
        <location filename="../../../ui/editor/typography_dialog.py" line="474"/>
        <source>Typography is already correct.</source>
        <translation>La typographie est déjà correcte.</translation>
    </message>
</context>
</TS>
