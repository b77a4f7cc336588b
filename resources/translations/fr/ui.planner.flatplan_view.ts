<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>FlatplanPanel</name>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="262"/>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="263"/>
        <source>Without pages</source>
        <translation>Sans pages</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="264"/>
        <source>Pool</source>
        <translation>Au marbre</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="330"/>
        <source>One page more</source>
        <translation>Une page de plus</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="333"/>
        <source>One page less</source>
        <translation>Une page de moins</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="336"/>
        <source>Swap with the previous one</source>
        <translation>Échanger avec le précédent</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="339"/>
        <source>Swap with the next one</source>
        <translation>Échanger avec le suivant</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="342"/>
        <source>Take off the pages</source>
        <translation>Retirer des pages</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="345"/>
        <source>Back to the pool (au marbre)</source>
        <translation>Renvoyer au marbre</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="347"/>
        <source>Due date…</source>
        <translation>Échéance…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="349"/>
        <source>Open the piece</source>
        <translation>Ouvrir le papier</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="352"/>
        <source>Add a slot…</source>
        <translation>Ajouter un emplacement…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="358"/>
        <source>Edit the slot…</source>
        <translation>Modifier l’emplacement…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="361"/>
        <source>Remove the slot</source>
        <translation>Supprimer l’emplacement</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="364"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="367"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="370"/>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="373"/>
        <source>Contents…</source>
        <translation>Sommaire…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="379"/>
        <source>Board by status</source>
        <translation>Tableau par statut</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="385"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="391"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="394"/>
        <source>Export the issue…</source>
        <translation>Exporter le numéro…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="407"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="473"/>
        <source>Flatplan No. %1</source>
        <translation>Chemin de fer N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="474"/>
        <source>No. %1</source>
        <translation>N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="478"/>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="480"/>
        <source>closing %1</source>
        <translation>bouclage le %1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="482"/>
        <source>on sale %1</source>
        <translation>parution le %1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="486"/>
        <source>%1 of %2 pieces ready</source>
        <translation>%1 papiers prêts sur %2</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="496"/>
        <source>Warnings (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="502"/>
        <source>Without pages (%1)</source>
        <translation>Sans pages (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="642"/>
        <source>Add a slot on page %1…</source>
        <translation>Ajouter un emplacement en page %1…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="646"/>
        <source>Place here</source>
        <translation>Placer ici</translation>
    </message>
</context>
</TS>
