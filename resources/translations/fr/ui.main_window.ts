<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../ui/main_window.py" line="135"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="170"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="185"/>
        <source>New &amp;publication…</source>
        <translation>Nouvelle &amp;publication…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="188"/>
        <source>New &amp;issue…</source>
        <translation>Nouveau &amp;numéro…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="191"/>
        <source>&amp;New piece…</source>
        <translation>&amp;Nouveau papier…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="194"/>
        <source>Open the &amp;sample publication</source>
        <translation>Ouvrir la publication d’&amp;exemple</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="197"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="200"/>
        <source>Connect to a &amp;team server…</source>
        <translation>Se connecter à un serveur d&apos;é&amp;quipe…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="203"/>
        <location filename="../../../ui/main_window.py" line="260"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="206"/>
        <location filename="../../../ui/main_window.py" line="267"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="209"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="211"/>
        <source>Move to &amp;trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="216"/>
        <source>Re&amp;store</source>
        <translation>Re&amp;staurer</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="218"/>
        <source>Take out of the issue (au marbre)</source>
        <translation>Retirer du numéro (au marbre)</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="221"/>
        <source>Issue &amp;properties…</source>
        <translation>&amp;Propriétés du numéro…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="224"/>
        <source>Restore a deleted issue…</source>
        <translation>Restaurer un numéro supprimé…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="227"/>
        <source>&amp;Empty the trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="230"/>
        <source>&amp;Filter the tree</source>
        <translation>&amp;Filtrer l’arborescence</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="233"/>
        <source>&amp;Article tree</source>
        <translation>&amp;Arborescence des articles</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="235"/>
        <source>&amp;About Workbench</source>
        <translation>À &amp;propos de Workbench</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="237"/>
        <source>Restore a &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="241"/>
        <source>&amp;Team…</source>
        <translation>É&amp;quipe…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="242"/>
        <source>The people of the newsroom and their roles</source>
        <translation>Les personnes de la rédaction et leurs rôles</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="244"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="261"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="268"/>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="279"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="285"/>
        <source>&amp;Recent team servers</source>
        <translation>Serveurs d&apos;équipe &amp;récents</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="292"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="298"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="300"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="302"/>
        <source>&amp;Planning</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="304"/>
        <source>&amp;Tools</source>
        <translation>O&amp;utils</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="306"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="321"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="682"/>
        <source>Server unreachable — your changes are kept and will be saved.</source>
        <translation>Serveur injoignable — vos modifications sont gardées et seront enregistrées.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="687"/>
        <source>Connected to the server again.</source>
        <translation>Reconnecté au serveur.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="720"/>
        <location filename="../../../ui/main_window.py" line="742"/>
        <location filename="../../../ui/main_window.py" line="760"/>
        <location filename="../../../ui/main_window.py" line="908"/>
        <location filename="../../../ui/main_window.py" line="936"/>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="784"/>
        <source>New issue</source>
        <translation>Nouveau numéro</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="810"/>
        <source>New piece</source>
        <translation>Nouveau papier</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="828"/>
        <source>Edit issue</source>
        <translation>Modifier le numéro</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="842"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="848"/>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="848"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="869"/>
        <location filename="../../../ui/main_window.py" line="880"/>
        <source>Delete issue</source>
        <translation>Supprimer le numéro</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="871"/>
        <source>Move issue No. %1 to the trash?
Its %2 pieces are not deleted: they go back to the pool (au marbre).</source>
        <translation>Mettre le numéro %1 à la corbeille ?
Ses %2 papiers ne sont pas supprimés : ils retournent au marbre.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="891"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="908"/>
        <source>No issue is in the trash.</source>
        <translation>Aucun numéro n’est à la corbeille.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="912"/>
        <location filename="../../../ui/main_window.py" line="1223"/>
        <source>No. %1</source>
        <translation>N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="918"/>
        <source>Restore a deleted issue</source>
        <translation>Restaurer un numéro supprimé</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="918"/>
        <source>Issue:</source>
        <translation>Numéro :</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="925"/>
        <source>Restore issue</source>
        <translation>Restaurer le numéro</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="936"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="940"/>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="941"/>
        <source>Delete %1 pieces for good? This cannot be undone.</source>
        <translation>Supprimer définitivement %1 papiers ? Cette opération est irréversible.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="977"/>
        <source>%1 files dropped: import is not available yet.</source>
        <translation>%1 fichiers déposés : l’import n’est pas encore disponible.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="1015"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="1017"/>
        <source>This computer has no keyring: the password is kept until Workbench closes. To keep it, add a line for this server to the file ~/.pgpass.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau : le mot de passe est gardé jusqu&apos;à la fermeture de Workbench. Pour le garder, ajoutez une ligne pour ce serveur dans le fichier ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="1028"/>
        <source>Opening %1 in a new window…</source>
        <translation>Ouverture de %1 dans une nouvelle fenêtre…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="1041"/>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="1083"/>
        <source>About Workbench</source>
        <translation>À propos de Workbench</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="1084"/>
        <source>Workbench %1 — the magazine&apos;s editorial workbench.
Database: %2</source>
        <translation>Workbench %1 — l’atelier éditorial du magazine.
Base de données : %2</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="1218"/>
        <source>Move to issue</source>
        <translation>Déplacer vers le numéro</translation>
    </message>
</context>
</TS>
