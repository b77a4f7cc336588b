<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>FlatplanPanel</name>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="261"/>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="262"/>
        <source>Without pages</source>
        <translation>Sans pages</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="263"/>
        <source>Pool</source>
        <translation>Au marbre</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="329"/>
        <source>One page more</source>
        <translation>Une page de plus</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="332"/>
        <source>One page less</source>
        <translation>Une page de moins</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="335"/>
        <source>Swap with the previous one</source>
        <translation>Échanger avec le précédent</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="338"/>
        <source>Swap with the next one</source>
        <translation>Échanger avec le suivant</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="341"/>
        <source>Take off the pages</source>
        <translation>Retirer des pages</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="344"/>
        <source>Back to the pool (au marbre)</source>
        <translation>Renvoyer au marbre</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="346"/>
        <source>Due date…</source>
        <translation>Échéance…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="348"/>
        <source>Open the piece</source>
        <translation>Ouvrir le papier</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="351"/>
        <source>Add a slot…</source>
        <translation>Ajouter un emplacement…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="357"/>
        <source>Edit the slot…</source>
        <translation>Modifier l’emplacement…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="360"/>
        <source>Remove the slot</source>
        <translation>Supprimer l’emplacement</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="363"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="366"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="369"/>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="372"/>
        <source>Contents…</source>
        <translation>Sommaire…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="378"/>
        <source>Board by status</source>
        <translation>Tableau par statut</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="384"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="390"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="393"/>
        <source>Export the issue…</source>
        <translation>Exporter le numéro…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="406"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="477"/>
        <source>Flatplan No. %1</source>
        <translation>Chemin de fer N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="478"/>
        <source>No. %1</source>
        <translation>N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="482"/>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="484"/>
        <source>closing %1</source>
        <translation>bouclage le %1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="486"/>
        <source>on sale %1</source>
        <translation>parution le %1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="490"/>
        <source>%1 of %2 pieces ready</source>
        <translation>%1 papiers prêts sur %2</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="500"/>
        <source>Warnings (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="506"/>
        <source>Without pages (%1)</source>
        <translation>Sans pages (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="646"/>
        <source>Add a slot on page %1…</source>
        <translation>Ajouter un emplacement en page %1…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="650"/>
        <source>Place here</source>
        <translation>Placer ici</translation>
    </message>
</context>
</TS>
