<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../../ui/connect_dialog.py" line="109"/>
        <source>Connect to a team server</source>
        <translation>Se connecter à un serveur d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../../ui/connect_dialog.py" line="111"/>
        <source>(new connection)</source>
        <translation>(nouvelle connexion)</translation>
    </message>
    <message>
        <location filename="../../../ui/connect_dialog.py" line="115"/>
        <source>server.example.org</source>
        <translation>serveur.exemple.fr</translation>
    </message>
    <message>
        <location filename="../../../ui/connect_dialog.py" line="123"/>
        <source>empty: the keyring or ~/.pgpass gives it</source>
        <translation>vide : le trousseau ou ~/.pgpass le donne</translation>
    </message>
    <message>
        <location filename="../../../ui/connect_dialog.py" line="124"/>
        <source>Keep the password in the system&apos;s keyring</source>
        <translation>Garder le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../../ui/connect_dialog.py" line="130"/>
        <source>&amp;Recent:</source>
        <translation>&amp;Récentes :</translation>
    </message>
    <message>
        <location filename="../../../ui/connect_dialog.py" line="131"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location filename="../../../ui/connect_dialog.py" line="132"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location filename="../../../ui/connect_dialog.py" line="133"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base :</translation>
    </message>
    <message>
        <location filename="../../../ui/connect_dialog.py" line="134"/>
        <source>&amp;Login:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../../../ui/connect_dialog.py" line="135"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../../ui/connect_dialog.py" line="140"/>
        <source>C&amp;onnect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <location filename="../../../ui/connect_dialog.py" line="200"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
</TS>
