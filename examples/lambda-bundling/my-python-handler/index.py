import requests


def handler(event, context):
    response = requests.get("https://checkip.amazonaws.com", timeout=5)
    return {"statusCode": 200, "body": response.text.strip()}
