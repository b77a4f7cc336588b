<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PlannerController</name>
    <message>
        <location filename="../../../ui/planner/controller.py" line="73"/>
        <location filename="../../../ui/planner/controller.py" line="382"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="119"/>
        <source>Place on the flatplan</source>
        <translation>Placer dans le chemin de fer</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="131"/>
        <source>Move slot</source>
        <translation>Déplacer l’emplacement</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="144"/>
        <location filename="../../../ui/planner/controller.py" line="157"/>
        <source>Pages taken</source>
        <translation>Pages occupées</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="145"/>
        <source>%1

Swap with %2?</source>
        <translation>%1

Échanger avec %2&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="158"/>
        <source>%1

Swap with %2? It keeps its place in the issue, without pages.</source>
        <translation>%1

Échanger avec %2&#xa0;? Il reste dans le numéro, sans pages.</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="171"/>
        <location filename="../../../ui/planner/controller.py" line="175"/>
        <source>Swap</source>
        <translation>Échanger</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="196"/>
        <source>A piece takes at least one page.</source>
        <translation>Un papier occupe au moins une page.</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="208"/>
        <source>Add a page</source>
        <translation>Ajouter une page</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="208"/>
        <source>Remove a page</source>
        <translation>Retirer une page</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="216"/>
        <source>Take off the pages</source>
        <translation>Retirer des pages</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="220"/>
        <source>Back to the pool</source>
        <translation>Renvoyer au marbre</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="242"/>
        <source>Add a slot</source>
        <translation>Ajouter un emplacement</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="268"/>
        <source>Edit slot</source>
        <translation>Modifier l’emplacement</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="277"/>
        <source>Remove slot</source>
        <translation>Supprimer l’emplacement</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="287"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="304"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="309"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="349"/>
        <source>Duplicate issue structure</source>
        <translation>Dupliquer la structure du numéro</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="365"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="397"/>
        <location filename="../../../ui/planner/controller.py" line="462"/>
        <source>Flatplan No. %1</source>
        <translation>Chemin de fer N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="408"/>
        <source>Board No. %1</source>
        <translation>Tableau N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="431"/>
        <source>Save the flatplan as PDF</source>
        <translation>Enregistrer le chemin de fer en PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="433"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="448"/>
        <source>Flatplan saved: %1 (%2 sheets)</source>
        <translation>Chemin de fer enregistré&#xa0;: %1 (%2 feuilles)</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="464"/>
        <source>Print the flatplan</source>
        <translation>Imprimer le chemin de fer</translation>
    </message>
</context>
</TS>
