<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>FlatplanPanel</name>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="269"/>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="270"/>
        <source>Without pages</source>
        <translation>Sans pages</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="271"/>
        <source>Pool</source>
        <translation>Au marbre</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="337"/>
        <source>One page more</source>
        <translation>Une page de plus</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="340"/>
        <source>One page less</source>
        <translation>Une page de moins</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="343"/>
        <source>Swap with the previous one</source>
        <translation>Échanger avec le précédent</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="346"/>
        <source>Swap with the next one</source>
        <translation>Échanger avec le suivant</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="349"/>
        <source>Take off the pages</source>
        <translation>Retirer des pages</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="352"/>
        <source>Back to the pool (au marbre)</source>
        <translation>Renvoyer au marbre</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="354"/>
        <source>Due date…</source>
        <translation>Échéance…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="356"/>
        <source>Open the piece</source>
        <translation>Ouvrir le papier</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="359"/>
        <source>Add a slot…</source>
        <translation>Ajouter un emplacement…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="365"/>
        <source>Edit the slot…</source>
        <translation>Modifier l’emplacement…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="368"/>
        <source>Remove the slot</source>
        <translation>Supprimer l’emplacement</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="371"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="374"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="377"/>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="380"/>
        <source>Contents…</source>
        <translation>Sommaire…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="386"/>
        <source>Board by status</source>
        <translation>Tableau par statut</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="392"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="398"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="401"/>
        <source>Export the issue…</source>
        <translation>Exporter le numéro…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="414"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="480"/>
        <source>Flatplan No. %1</source>
        <translation>Chemin de fer N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="481"/>
        <source>No. %1</source>
        <translation>N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="485"/>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="487"/>
        <source>closing %1</source>
        <translation>bouclage le %1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="489"/>
        <source>on sale %1</source>
        <translation>parution le %1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="493"/>
        <source>%1 of %2 pieces ready</source>
        <translation>%1 papiers prêts sur %2</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="503"/>
        <source>Warnings (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="509"/>
        <source>Without pages (%1)</source>
        <translation>Sans pages (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="648"/>
        <source>Add a slot on page %1…</source>
        <translation>Ajouter un emplacement en page %1…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="652"/>
        <source>Place here</source>
        <translation>Placer ici</translation>
    </message>
</context>
</TS>
