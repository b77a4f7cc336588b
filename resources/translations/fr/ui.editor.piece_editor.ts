<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PieceEditor</name>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="161"/>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="173"/>
        <source>Details</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="176"/>
        <location filename="../../../ui/editor/piece_editor.py" line="1125"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="185"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="268"/>
        <location filename="../../../ui/editor/piece_editor.py" line="490"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="274"/>
        <source>This piece is in the trash: restore it from the tree to place it again.</source>
        <translation>Ce papier est dans la corbeille&#xa0;: restaurez-le depuis l’arbre pour le placer de nouveau.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="295"/>
        <source>%1, %2 at %3</source>
        <translation>%1, le %2 à %3</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="309"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="353"/>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="443"/>
        <location filename="../../../ui/editor/piece_editor.py" line="506"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="452"/>
        <source>Could not save: %1 — your text is kept in the window and will be saved as soon as possible.</source>
        <translation>Enregistrement impossible&#xa0;: %1 — votre texte est gardé dans la fenêtre et sera enregistré dès que possible.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="471"/>
        <location filename="../../../ui/editor/piece_editor.py" line="516"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="554"/>
        <source>Not saved: changed elsewhere</source>
        <translation>Non enregistré&#xa0;: modifié ailleurs</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="606"/>
        <source>Could not save: %1 — your text is kept in the window.</source>
        <translation>Enregistrement impossible&#xa0;: %1 — votre texte est gardé dans la fenêtre.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="664"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="695"/>
        <source>Compare with the version in conflict</source>
        <translation>Comparer avec la version en conflit</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="697"/>
        <source>In red, struck out: only in the current text. In green: only in the version in conflict.</source>
        <translation>En rouge, barré&#xa0;: seulement dans le texte actuel. En vert&#xa0;: seulement dans la version en conflit.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="826"/>
        <source>Taken by %1 since %2: you can read this piece, not change it.</source>
        <translation>Pris par %1 depuis %2&#xa0;: vous pouvez lire ce papier, pas le modifier.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="831"/>
        <source>Given back after a pause without typing: take it back to write.</source>
        <translation>Rendu après une pause sans frappe&#xa0;: reprenez-le pour écrire.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="871"/>
        <source>You may no longer change this piece: your text was kept in its history as « Version en conflit ».</source>
        <translation>Vous ne pouvez plus modifier ce papier&#xa0;: votre texte a été gardé dans son historique comme «&#xa0;Version en conflit&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="876"/>
        <source>You may no longer change this piece: your last changes could not be saved. They stay in the window: copy them before closing the tab.</source>
        <translation>Vous ne pouvez plus modifier ce papier&#xa0;: vos dernières modifications n’ont pas pu être enregistrées. Elles restent dans la fenêtre&#xa0;: copiez-les avant de fermer l’onglet.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="969"/>
        <source>This piece was no longer reserved for you: your text was kept in its history as « Version en conflit ».</source>
        <translation>Ce papier ne vous était plus réservé : votre texte a été gardé dans son historique comme « Version en conflit ».</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="986"/>
        <source>Break the lock</source>
        <translation>Forcer la reprise</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="988"/>
        <source>%1 took this piece at %2 and their window has given no sign of life since %3.

Take the piece? If %1 comes back, the text they had not saved is kept in the history as « Version en conflit ».</source>
        <translation>%1 a pris ce papier à %2 et sa fenêtre ne donne plus signe de vie depuis %3.

Reprendre le papier ? Si %1 revient, le texte qu&apos;il ou elle n&apos;avait pas enregistré sera gardé dans l&apos;historique comme « Version en conflit ».</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="1007"/>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="1009"/>
        <source>« %1 » could not be saved: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être enregistré&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="1015"/>
        <source>Your text is kept in the window while this tab stays open. Keep a copy in a file before closing without saving.</source>
        <translation>Votre texte est gardé dans la fenêtre tant que cet onglet reste ouvert. Enregistrez-en une copie dans un fichier avant de fermer sans enregistrer.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="1019"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="1020"/>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="1022"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="1024"/>
        <source>Keep open</source>
        <translation>Laisser ouvert</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="1039"/>
        <source>Save a copy of the text</source>
        <translation>Enregistrer une copie du texte</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="1041"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="1049"/>
        <source>The copy could not be written: %1</source>
        <translation>La copie n’a pas pu être écrite&#xa0;: %1</translation>
    </message>
</context>
</TS>
