<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../ui/main_window.py" line="139"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="180"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="195"/>
        <source>New &amp;publication…</source>
        <translation>Nouvelle &amp;publication…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="198"/>
        <source>New &amp;issue…</source>
        <translation>Nouveau &amp;numéro…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="201"/>
        <source>&amp;New piece…</source>
        <translation>&amp;Nouveau papier…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="204"/>
        <source>Open the &amp;sample publication</source>
        <translation>Ouvrir la publication d’&amp;exemple</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="207"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="210"/>
        <source>Connect to a &amp;team server…</source>
        <translation>Se connecter à un serveur d&apos;é&amp;quipe…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="213"/>
        <location filename="../../../ui/main_window.py" line="270"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="216"/>
        <location filename="../../../ui/main_window.py" line="277"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="219"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="221"/>
        <source>Move to &amp;trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="226"/>
        <source>Re&amp;store</source>
        <translation>Re&amp;staurer</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="228"/>
        <source>Take out of the issue (au marbre)</source>
        <translation>Retirer du numéro (au marbre)</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="231"/>
        <source>Issue &amp;properties…</source>
        <translation>&amp;Propriétés du numéro…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="234"/>
        <source>Restore a deleted issue…</source>
        <translation>Restaurer un numéro supprimé…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="237"/>
        <source>&amp;Empty the trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="240"/>
        <source>&amp;Filter the tree</source>
        <translation>&amp;Filtrer l’arborescence</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="243"/>
        <source>&amp;Article tree</source>
        <translation>&amp;Arborescence des articles</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="245"/>
        <source>&amp;About Workbench</source>
        <translation>À &amp;propos de Workbench</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="247"/>
        <source>Restore a &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="251"/>
        <source>&amp;Team…</source>
        <translation>É&amp;quipe…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="252"/>
        <source>The people of the newsroom and their roles</source>
        <translation>Les personnes de la rédaction et leurs rôles</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="254"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="271"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="278"/>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="289"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="295"/>
        <source>&amp;Recent team servers</source>
        <translation>Serveurs d&apos;équipe &amp;récents</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="302"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="308"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="310"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="312"/>
        <source>&amp;Planning</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="314"/>
        <source>&amp;Tools</source>
        <translation>O&amp;utils</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="316"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="331"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="696"/>
        <source>Server unreachable — your changes are kept and will be saved.</source>
        <translation>Serveur injoignable — vos modifications sont gardées et seront enregistrées.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="701"/>
        <source>Connected to the server again.</source>
        <translation>Reconnecté au serveur.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="734"/>
        <location filename="../../../ui/main_window.py" line="756"/>
        <location filename="../../../ui/main_window.py" line="774"/>
        <location filename="../../../ui/main_window.py" line="922"/>
        <location filename="../../../ui/main_window.py" line="950"/>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="798"/>
        <source>New issue</source>
        <translation>Nouveau numéro</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="824"/>
        <source>New piece</source>
        <translation>Nouveau papier</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="842"/>
        <source>Edit issue</source>
        <translation>Modifier le numéro</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="856"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="862"/>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="862"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="883"/>
        <location filename="../../../ui/main_window.py" line="894"/>
        <source>Delete issue</source>
        <translation>Supprimer le numéro</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="885"/>
        <source>Move issue No. %1 to the trash?
Its %2 pieces are not deleted: they go back to the pool (au marbre).</source>
        <translation>Mettre le numéro %1 à la corbeille ?
Ses %2 papiers ne sont pas supprimés : ils retournent au marbre.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="905"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="922"/>
        <source>No issue is in the trash.</source>
        <translation>Aucun numéro n’est à la corbeille.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="926"/>
        <location filename="../../../ui/main_window.py" line="1242"/>
        <source>No. %1</source>
        <translation>N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="932"/>
        <source>Restore a deleted issue</source>
        <translation>Restaurer un numéro supprimé</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="932"/>
        <source>Issue:</source>
        <translation>Numéro :</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="939"/>
        <source>Restore issue</source>
        <translation>Restaurer le numéro</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="950"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="954"/>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="955"/>
        <source>Delete %1 pieces for good? This cannot be undone.</source>
        <translation>Supprimer définitivement %1 papiers ? Cette opération est irréversible.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="991"/>
        <source>%1 files dropped: import is not available yet.</source>
        <translation>%1 fichiers déposés : l’import n’est pas encore disponible.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="1029"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="1031"/>
        <source>This computer has no keyring: the password is kept until Workbench closes. To keep it, add a line for this server to the file ~/.pgpass.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau : le mot de passe est gardé jusqu&apos;à la fermeture de Workbench. Pour le garder, ajoutez une ligne pour ce serveur dans le fichier ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="1042"/>
        <source>Opening %1 in a new window…</source>
        <translation>Ouverture de %1 dans une nouvelle fenêtre…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="1055"/>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="1097"/>
        <source>About Workbench</source>
        <translation>À propos de Workbench</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="1098"/>
        <source>Workbench %1 — the magazine&apos;s editorial workbench.
Database: %2</source>
        <translation>Workbench %1 — l’atelier éditorial du magazine.
Base de données : %2</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="1237"/>
        <source>Move to issue</source>
        <translation>Déplacer vers le numéro</translation>
    </message>
</context>
</TS>
