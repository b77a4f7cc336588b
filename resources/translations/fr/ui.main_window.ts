<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../ui/main_window.py" line="119"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="151"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="166"/>
        <source>New &amp;publication…</source>
        <translation>Nouvelle &amp;publication…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="169"/>
        <source>New &amp;issue…</source>
        <translation>Nouveau &amp;numéro…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="172"/>
        <source>&amp;New piece…</source>
        <translation>&amp;Nouveau papier…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="175"/>
        <source>Open the &amp;sample publication</source>
        <translation>Ouvrir la publication d’&amp;exemple</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="178"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="181"/>
        <location filename="../../../ui/main_window.py" line="231"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="184"/>
        <location filename="../../../ui/main_window.py" line="238"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="187"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="189"/>
        <source>Move to &amp;trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="194"/>
        <source>Re&amp;store</source>
        <translation>Re&amp;staurer</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="196"/>
        <source>Take out of the issue (au marbre)</source>
        <translation>Retirer du numéro (au marbre)</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="199"/>
        <source>Issue &amp;properties…</source>
        <translation>&amp;Propriétés du numéro…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="202"/>
        <source>Restore a deleted issue…</source>
        <translation>Restaurer un numéro supprimé…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="205"/>
        <source>&amp;Empty the trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="208"/>
        <source>&amp;Filter the tree</source>
        <translation>&amp;Filtrer l’arborescence</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="211"/>
        <source>&amp;Article tree</source>
        <translation>&amp;Arborescence des articles</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="213"/>
        <source>&amp;About Workbench</source>
        <translation>À &amp;propos de Workbench</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="215"/>
        <source>Restore a &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="232"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="239"/>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="250"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="259"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="265"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="267"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="269"/>
        <source>&amp;Planning</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="271"/>
        <source>&amp;Tools</source>
        <translation>O&amp;utils</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="272"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="285"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="552"/>
        <location filename="../../../ui/main_window.py" line="574"/>
        <location filename="../../../ui/main_window.py" line="591"/>
        <location filename="../../../ui/main_window.py" line="739"/>
        <location filename="../../../ui/main_window.py" line="767"/>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="615"/>
        <source>New issue</source>
        <translation>Nouveau numéro</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="641"/>
        <source>New piece</source>
        <translation>Nouveau papier</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="659"/>
        <source>Edit issue</source>
        <translation>Modifier le numéro</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="673"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="679"/>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="679"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="700"/>
        <location filename="../../../ui/main_window.py" line="711"/>
        <source>Delete issue</source>
        <translation>Supprimer le numéro</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="702"/>
        <source>Move issue No. %1 to the trash?
Its %2 pieces are not deleted: they go back to the pool (au marbre).</source>
        <translation>Mettre le numéro %1 à la corbeille ?
Ses %2 papiers ne sont pas supprimés : ils retournent au marbre.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="722"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="739"/>
        <source>No issue is in the trash.</source>
        <translation>Aucun numéro n’est à la corbeille.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="743"/>
        <location filename="../../../ui/main_window.py" line="974"/>
        <source>No. %1</source>
        <translation>N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="749"/>
        <source>Restore a deleted issue</source>
        <translation>Restaurer un numéro supprimé</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="749"/>
        <source>Issue:</source>
        <translation>Numéro :</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="756"/>
        <source>Restore issue</source>
        <translation>Restaurer le numéro</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="767"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="771"/>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="772"/>
        <source>Delete %1 pieces for good? This cannot be undone.</source>
        <translation>Supprimer définitivement %1 papiers ? Cette opération est irréversible.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="800"/>
        <source>%1 files dropped: import is not available yet.</source>
        <translation>%1 fichiers déposés : l’import n’est pas encore disponible.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="835"/>
        <source>About Workbench</source>
        <translation>À propos de Workbench</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="836"/>
        <source>Workbench %1 — the magazine&apos;s editorial workbench.
Database: %2</source>
        <translation>Workbench %1 — l’atelier éditorial du magazine.
Base de données : %2</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="969"/>
        <source>Move to issue</source>
        <translation>Déplacer vers le numéro</translation>
    </message>
</context>
</TS>
