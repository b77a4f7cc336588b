<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../../ui/team_dialog.py" line="145"/>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="145"/>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="149"/>
        <source>claire.martin</source>
        <translation>claire.martin</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="151"/>
        <source>Claire Martin</source>
        <translation>Claire Martin</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="164"/>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="165"/>
        <source>&amp;Name shown:</source>
        <translation>&amp;Nom affiché&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="166"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="168"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="169"/>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="178"/>
        <source>empty: unchanged</source>
        <translation>vide&#xa0;: inchangé</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="181"/>
        <source>You cannot change your own role.</source>
        <translation>Vous ne pouvez pas changer votre propre rôle.</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="184"/>
        <source>needed when the server has no such login yet</source>
        <translation>nécessaire si le serveur n’a pas encore ce compte</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="190"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="190"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="227"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="231"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../../ui/team_dialog.py" line="264"/>
        <location filename="../../../ui/team_dialog.py" line="456"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="287"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="288"/>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="289"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="290"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="319"/>
        <source>Each person connects to this team store with their own login and password; their role says what they may do.</source>
        <translation>Chaque personne se connecte à cette base d’équipe avec son propre identifiant et son mot de passe&#xa0;; son rôle dit ce qu’elle peut faire.</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="323"/>
        <source>On this computer the team is a list of names to assign pieces to: there are no logins, and everything is allowed here.</source>
        <translation>Sur cet ordinateur, l’équipe est une liste de noms à qui attribuer des papiers&#xa0;: il n’y a pas d’identifiants, et tout est permis ici.</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="347"/>
        <source>You cannot remove yourself from the team.</source>
        <translation>Vous ne pouvez pas vous retirer vous-même de l’équipe.</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="429"/>
        <source>Remove %1 (%2) from the team?
They will no longer be able to connect to this team store; what they wrote stays, under their name; the pieces assigned to them are no longer theirs.</source>
        <translation>Retirer %1 (%2) de l’équipe&#xa0;?
Cette personne ne pourra plus se connecter à cette base d’équipe&#xa0;; ce qu’elle a écrit reste, sous son nom&#xa0;; les papiers qui lui étaient attribués ne le sont plus.</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="435"/>
        <source>Remove %1 (%2) from the team?
What they wrote stays, under their name; the pieces assigned to them are no longer theirs.</source>
        <translation>Retirer %1 (%2) de l’équipe&#xa0;?
Ce qu’elle a écrit reste, sous son nom&#xa0;; les papiers qui lui étaient attribués ne le sont plus.</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="440"/>
        <source>Remove from the team</source>
        <translation>Retirer de l’équipe</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="447"/>
        <source>Removing %1…</source>
        <translation>Retrait de %1…</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="480"/>
        <source>The change was not made.</source>
        <translation>La modification n’a pas été faite.</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <location filename="../../../ui/team_dialog.py" line="92"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="93"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="94"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="95"/>
        <source>Pieces assigned</source>
        <translation>Papiers attribués</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="98"/>
        <source>Pieces assigned to them and not handed in yet</source>
        <translation>Papiers qui lui sont attribués et pas encore remis</translation>
    </message>
    <message>
        <location filename="../../../ui/team_dialog.py" line="117"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
</context>
</TS>
