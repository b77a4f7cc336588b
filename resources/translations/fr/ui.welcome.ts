<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../../ui/welcome.py" line="19"/>
        <source>Welcome to Workbench</source>
        <translation>Bienvenue dans Workbench</translation>
    </message>
    <message>
        <location filename="../../../ui/welcome.py" line="26"/>
        <source>Plan your issues, write your pieces and hand layout a checked bundle.
Start with your own publication, or look around a sample one first.</source>
        <translation>Planifiez vos numéros, écrivez vos papiers et livrez à la maquette un dossier vérifié.
Commencez par votre propre publication, ou découvrez d’abord une publication d’exemple.</translation>
    </message>
    <message>
        <location filename="../../../ui/welcome.py" line="34"/>
        <source>Create a publication…</source>
        <translation>Créer une publication…</translation>
    </message>
    <message>
        <location filename="../../../ui/welcome.py" line="37"/>
        <source>Open the sample publication</source>
        <translation>Ouvrir la publication d’exemple</translation>
    </message>
    <message>
        <location filename="../../../ui/welcome.py" line="40"/>
        <source>Connect to a team server…</source>
        <translation>Se connecter à un serveur d&apos;équipe…</translation>
    </message>
    <message>
        <location filename="../../../ui/welcome.py" line="42"/>
        <source>Recent team servers:</source>
        <translation>Serveurs d&apos;équipe récents :</translation>
    </message>
</context>
</TS>
